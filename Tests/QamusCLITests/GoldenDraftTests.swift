import Foundation
import Testing

/// The README's first command, pinned: `qamus draft Examples/soleimani-moscow.ar.txt`
/// with the embedded default glossary, as text and as JSON. When an intended
/// change alters the output, re-record with `QAMUS_RECORD_GOLDEN=1 swift test
/// --filter GoldenDraftTests` and review the diff.
@Suite("Golden drafts over Examples/")
struct GoldenDraftTests {
    static let recording = ProcessInfo.processInfo.environment["QAMUS_RECORD_GOLDEN"] == "1"

    static let cases: [(arguments: [String], golden: String)] = [
        (["draft", "Examples/soleimani-moscow.ar.txt"], "Examples/soleimani-moscow.draft.txt"),
        (["draft", "Examples/soleimani-moscow.ar.txt", "--format", "json"], "Examples/soleimani-moscow.draft.json"),
        (["draft", "Examples/soleimani-moscow.ar.txt", "--format", "markdown"], "Examples/soleimani-moscow.draft.md"),
    ]

    @Test("draft output equals the golden file", arguments: cases)
    func matchesGolden(arguments: [String], golden: String) throws {
        let q = try QamusRunner()
        let r = try q.run(arguments)
        #expect(r.status == 0, "\(r.stderr)")
        let url = QamusRunner.root.appendingPathComponent(golden)
        if Self.recording {
            try r.stdout.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if r.stdout != expected {
            let got = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
            Issue.record("""
                \(golden) differs at line \(first + 1):
                  golden: \(first < want.count ? String(want[first]) : "<end>")
                  now:    \(first < got.count ? String(got[first]) : "<end>")
                Re-record with QAMUS_RECORD_GOLDEN=1 if the change is intended.
                """)
        }
    }

    /// Every glossary entry occurrence in the seed article, counted by hand (see
    /// Examples/README.md): 92 matches, no false ones.
    @Test func seedArticleMatchesEveryEntryOccurrence() throws {
        let q = try QamusRunner()
        let r = try q.run(["draft", "Examples/soleimani-moscow.ar.txt", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let sentences = try #require(json["sentences"] as? [[String: Any]])
        var counts: [String: Int] = [:]
        for s in sentences {
            for m in s["matches"] as? [[String: Any]] ?? [] { counts[m["english"] as? String ?? "", default: 0] += 1 }
        }
        #expect(counts.values.reduce(0, +) == 92)
        let expected: [String: Int] = [
            "Soleimani": 11, "Qassem Soleimani": 1, "Putin": 8, "Vladimir Putin": 1, "Moscow": 8, "Iranian": 5,
            "Iran": 4, "Syria": 4, "Russian": 4, "Israeli": 4, "Israel": 1, "Tehran": 3, "Hezbollah": 3,
            "Sergei Shoigu": 2, "S-300": 2, "Russian Defense Minister": 2, "Syrian civil war": 2, "Russia": 2,
            "Reuters": 2, "Kremlin": 2, "Islamic Revolutionary Guard Corps": 2, "Assad": 2, "Bashar al-Assad": 1,
            "Fars news agency": 2, "Quds Force": 1, "United Nations": 1, "Fox News": 1, "Iraq": 1, "Iraqi": 1,
            "Yemen": 1, "Lebanon": 1, "Lebanese": 1, "Afghan": 1, "Agence France-Presse": 1,
            "Ayatollah Sayyed Ali Khamenei": 1, "Supreme Leader of the Islamic Revolution": 1, "missile defense": 1,
            "major general": 1,
        ]
        #expect(counts == expected)
    }
}
