import Foundation
import Testing

@Suite("qamus draft (end to end)")
struct DraftCLITests {
    @Test func badInputIsRefusedWithFileLineAndExitCode2() throws {
        let q = try QamusRunner()
        let invalid = q.path("invalid.txt")
        try Data([0x61, 0x0A, 0x62, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: invalid))
        let binary = q.path("binary.txt")
        try Data([0x61, 0x00, 0x62]).write(to: URL(fileURLWithPath: binary))
        let empty = q.path("empty.txt")
        try Data().write(to: URL(fileURLWithPath: empty))
        let emptyDirectory = q.path("nothing-here")
        try FileManager.default.createDirectory(atPath: emptyDirectory, withIntermediateDirectories: true)
        let cases: [(String, String)] = [
            (invalid, "invalid.txt:2: invalid UTF-8"),
            (binary, "binary.txt:1: binary data"),
            (empty, "empty.txt: is empty"),
            (emptyDirectory, "is a directory with no .txt files"),
            (q.path("missing.txt"), "missing.txt: no such file"),
        ]
        for (file, message) in cases {
            let r = try q.run(["draft", file, "--db", q.path("g.sqlite")])
            #expect(r.status == 2, "\(file)")
            #expect(r.stderr.contains(message), "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
    }

    @Test func outputFileIsNotCreatedOnError() throws {
        let q = try QamusRunner()
        let bad = q.path("bad.txt")
        try Data([0xC3, 0x28]).write(to: URL(fileURLWithPath: bad))
        let out = q.path("out.json")
        let r = try q.run(["draft", bad, "--db", q.path("g.sqlite"), "-o", out])
        #expect(r.status == 2)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func jsonLinesModeAnswersEveryLineInOrder() throws {
        let q = try QamusRunner()
        let input = """
        {"id": 1, "text": "قال بوتين."}
        {"id": "b", "text": ""}
        not json
        {"id": 3, "text": "زار موسكو."}

        """
        let r = try q.run(["draft", "--jsonl", "--db", q.path("g.sqlite")], stdin: input)
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
        #expect(objects[0]["id"] as? Int == 1)
        #expect((objects[0]["sentences"] as? [Any])?.count == 1)
        #expect(objects[1]["id"] as? String == "b")
        #expect((objects[1]["error"] as? String)?.contains("empty") == true)
        #expect((objects[2]["error"] as? String)?.contains("stdin:3") == true)
        #expect(objects[3]["id"] as? Int == 3)
    }

    @Test func jsonLinesAcrossManyBatchesMatchOneByOneDrafts() throws {
        // Several batches (drafters are kept warm from one batch to the next, on two threads):
        // every record must come back in order and equal to drafting it alone.
        let q = try QamusRunner()
        let texts = ["قال بوتين في موسكو.", "وسيتشينوف زار طهران.", "اجتماع عسكري سري.", "التقى الوزير وبوتين."]
        let input = (0..<700).map { #"{"id": \#($0), "text": "\#(texts[$0 % texts.count])"}"# }.joined(separator: "\n") + "\n"
        let r = try q.run(["draft", "--jsonl", "--jobs", "2", "--db", q.path("g.sqlite")], stdin: input)
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 700)
        var alone: [String: String] = [:]
        for text in texts {
            let one = try q.run(["draft", "--jsonl", "--db", q.path("g.sqlite")], stdin: #"{"id": 0, "text": "\#(text)"}"# + "\n")
            alone[text] = one.stdout.trimmingCharacters(in: .newlines)
        }
        for (i, line) in lines.enumerated() {
            let expected = alone[texts[i % texts.count]]?.replacingOccurrences(of: #"{"id":0,"#, with: #"{"id":\#(i),"#)
            #expect(line == expected, "record \(i)")
        }
    }

    @Test func aFileTooLargeToLoadIsDraftedInOrderAcrossParallelGroups() throws {
        // Over the 1 MiB prefilter limit: read paragraph by paragraph and drafted in
        // parallel groups; sentences and paragraphs must be numbered as in one pass.
        let q = try QamusRunner()
        let paragraph = "قال الرئيس الروسي فلاديمير بوتين في موسكو. وزار الوزير طهران. اجتماع عسكري سري."
        let count = 9_000
        let file = q.path("big.txt")
        try Array(repeating: paragraph, count: count).joined(separator: "\n\n").write(toFile: file, atomically: true, encoding: .utf8)
        #expect((try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int ?? 0) > 1 << 20)
        let r = try q.run(["draft", file, "--format", "json", "--db", q.path("g.sqlite")])
        #expect(r.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let sentences = try #require(json?["sentences"] as? [[String: Any]])
        #expect(sentences.count == 3 * count)
        #expect(sentences.enumerated().allSatisfy { k, s in s["index"] as? Int == k && s["paragraph"] as? Int == k / 3 })
        #expect(Set(sentences.map { $0["draft"] as? String ?? "" }).count == 3)
    }

    @Test func directoryBatchWritesOneOutputPerInputAndGoesOnAfterABadFile() throws {
        let q = try QamusRunner()
        let dir = q.path("in")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "قال بوتين.".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        try "زار موسكو.".write(toFile: dir + "/b.txt", atomically: true, encoding: .utf8)
        try Data([0xFF]).write(to: URL(fileURLWithPath: dir + "/c.txt"))
        let outDir = q.path("out")
        let r = try q.run(["draft", dir, "--db", q.path("g.sqlite"), "--format", "json", "--output-dir", outDir, "--jobs", "2"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("c.txt:1: invalid UTF-8"))
        let written = try FileManager.default.contentsOfDirectory(atPath: outDir).sorted()
        #expect(written == ["a.draft.json", "b.draft.json"])
    }
}

extension DraftCLITests {
    /// `--format xliff`: one unit per sentence, glossary matches as term annotations,
    /// and the file reads back through `qamus check` (bilingual XLIFF input).
    @Test(arguments: [("2.1", "<unit id="), ("1.2", "<trans-unit id=")])
    func xliffHasOneUnitPerSentence(version: String, unit: String) throws {
        let q = try QamusRunner()
        let out = q.path("draft.xlf")
        let r = try q.run(["draft", "Examples/soleimani-moscow.ar.txt", "--format", "xliff", "--xliff-version", version, "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        let xliff = try String(contentsOfFile: out, encoding: .utf8)
        #expect(xliff.components(separatedBy: unit).count - 1 == 21)
        #expect(xliff.contains("Quds Force"))
        let check = try q.run(["check", out, "--format", "json"])
        #expect(check.status == 0 || check.status == 1, "\(check.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        #expect((json["alignment"] as? [Any])?.count == 21)
    }
}
