import Foundation
import Testing

/// `qamus translit` end to end: one line out per line in, options, bad input.
@Suite struct TranslitCLITests {
    /// Runs `qamus translit …` with a private data home (no user glossary touched).
    func translit(_ arguments: [String], stdin: String = "") throws -> QamusRunner.Output {
        try QamusRunner().run(["translit"] + arguments, stdin: stdin)
    }

    @Test func pipeModeWritesOneLinePerInputLine() throws {
        let out = try translit([], stdin: "قاسم سليماني\n\nطهران\nhello\n")
        #expect(out.status == 0)
        #expect(out.lines == ["Qassem Soleimani", "", "Tehran", "hello"])
    }

    @Test func argumentsAreItems() throws {
        let out = try translit(["حزب الله", "بشار الأسد"])
        #expect(out.lines == ["Hezbollah", "Bashar al-Assad"])
    }

    @Test func noGlossaryIsTheModelAlone() throws {
        let out = try translit(["--no-glossary"], stdin: "بوتين\nسيتشينوف\n")
        #expect(out.status == 0)
        #expect(out.lines.count == 2)
        #expect(out.lines.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy(\.isASCII) })
    }

    @Test func candidatesAreTabSeparatedPairs() throws {
        let out = try translit(["--candidates", "3", "سليماني"])
        let fields = try #require(out.lines.first).split(separator: "\t")
        #expect(fields.count >= 2 && fields.count % 2 == 0)
        #expect(fields[0] == "Soleimani")
        #expect(Double(fields[1]) != nil)
    }

    @Test func jsonHasOneObjectPerLineWithOrigin() throws {
        // أردوغان is in the curated name list, not in the seed glossary of the default database;
        // بوتين is in both, and the glossary wins.
        let out = try translit(["--format", "json"], stdin: "أردوغان\nسيتشينوف\nبوتين\n")
        #expect(out.lines.count == 3)
        let first = try #require(JSONSerialization.jsonObject(with: Data(out.lines[0].utf8)) as? [String: Any])
        #expect(first["text"] as? String == "Erdogan")
        #expect(first["origin"] as? String == "name-lexicon")
        #expect(first["source"] as? String == "curated-news-names.tsv")
        let second = try #require(JSONSerialization.jsonObject(with: Data(out.lines[1].utf8)) as? [String: Any])
        #expect(second["origin"] as? String == "model")
        let third = try #require(JSONSerialization.jsonObject(with: Data(out.lines[2].utf8)) as? [String: Any])
        #expect(third["text"] as? String == "Putin")
        #expect(third["origin"] as? String == "glossary")
    }

    @Test func schemes() throws {
        #expect(try translit(["--scheme", "buckwalter", "قاسم"]).lines == ["qAsm"])
        #expect(try translit(["--scheme", "ala-lc", "طهران"]).lines == ["Ṭhrān"])
        #expect(try translit(["--scheme", "nonsense", "قاسم"]).status != 0)
    }

    @Test func badInputNeverCrashesAndKeepsLineCount() throws {
        let lines = [
            "", "   ", "Latin only", "12345", "٢٠٢٤", "S-300 صواريخ", "بوتين،موسكو!", "\t",
            String(repeating: "ب", count: 10_000),
            String(repeating: "قاسم ", count: 2_000),
            String(repeating: "x", count: 10_000),
            "emoji 🚀 صاروخ", "\u{200F}\u{200E}",
        ]
        for mode in [[], ["--no-glossary"], ["--scheme", "ala-lc"], ["--candidates", "2"], ["--format", "json"]] {
            let out = try translit(mode, stdin: lines.joined(separator: "\n") + "\n")
            #expect(out.status == 0, "mode \(mode): \(out.stderr)")
            #expect(out.lines.count == lines.count, "mode \(mode)")
        }
        let crlf = try translit([], stdin: "طهران\r\nموسكو\r\n")
        #expect(crlf.lines == ["Tehran", "Moscow"])
        let noFinalNewline = try translit([], stdin: "طهران")
        #expect(noFinalNewline.lines == ["Tehran"])
    }
}
