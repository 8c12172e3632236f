import Foundation
import QamusCore
import Testing
@testable import qamus

/// Runs `body` with a fresh `QamusRunner` and its private folder, removed afterwards.
func withCLI(_ body: (QamusRunner, URL) throws -> Void) throws {
    let cli = try QamusRunner()
    defer { try? FileManager.default.removeItem(at: cli.dataHome) }
    try body(cli, cli.dataHome)
}

@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: QamusRunner.executable.path), "the qamus binary is not built"))
struct GlossaryCLITests {
    @Test func addListShowRemove() throws {
        try withCLI { cli, dir in
            let db = dir.appendingPathComponent("g.sqlite").path
            let added = try cli.run(["glossary", "add", "--db", db, "سيرغي شويغو", "Sergei Shoigu", "--type", "person",
                                     "--variant", "Sergey Shoygu", "--arabic-variant", "سيرجي شويجو", "--quiet"])
            #expect(added.status == 0, "\(added.stderr)")
            #expect(added.stdout == "1\n")
            let shown = try cli.run(["glossary", "show", "--db", db, "سيرجي شويجو"])
            #expect(shown.stdout.contains("Sergey Shoygu"))
            let json = try cli.run(["glossary", "list", "--db", db, "--format", "json"])
            let entries = try JSONDecoder().decode([GlossaryEntry].self, from: Data(json.stdout.utf8))
            #expect(entries.map(\.arabicVariants) == [["سيرجي شويجو"]])
            let duplicate = try cli.run(["glossary", "add", "--db", db, "سيرغي شويغو", "Shoigu", "--type", "person"])
            #expect(duplicate.status == 2 && duplicate.stderr.contains("already entry #1"))
            #expect(try cli.run(["glossary", "remove", "--db", db, "1"]).status == 0)
            #expect(try cli.run(["glossary", "list", "--db", db]).stdout == "(no entries)\n")
        }
    }

    @Test func searchThroughClitics() throws {
        try withCLI { cli, _ in
            let found = try cli.run(["glossary", "search", "وبوتين", "--format", "tsv"])
            #expect(found.status == 0)
            #expect(found.stdout.split(separator: "\n").dropFirst().first?.contains("\tPutin\t") == true, "\(found.stdout)")
        }
    }

    @Test func badImportNamesFileLineColumnAndWritesNothing() throws {
        try withCLI { cli, dir in
            let db = dir.appendingPathComponent("g.sqlite").path
            let file = dir.appendingPathComponent("bad.tsv")
            try "arabic\tenglish\ttype\nبوتين\tPutin\tperson\nموسكو\tMoscow\n".write(to: file, atomically: true, encoding: .utf8)
            let result = try cli.run(["glossary", "import", "--db", db, file.path])
            #expect(result.status == 2)
            #expect(result.stderr.contains("bad.tsv:3: column 13:"), "\(result.stderr)")
            #expect(try cli.run(["glossary", "list", "--db", db, "--format", "tsv"]).stdout.split(separator: "\n").count == 1)
            let clash = dir.appendingPathComponent("dup.tsv")
            try "arabic\tenglish\nبوتين\tPutin\nبوتين\tPoutine\n".write(to: clash, atomically: true, encoding: .utf8)
            let dup = try cli.run(["glossary", "import", "--db", db, clash.path])
            #expect(dup.status == 2 && dup.stderr.contains("line 3") && dup.stderr.contains("repeats line 2"), "\(dup.stderr)")
            let skip = try cli.run(["glossary", "import", "--db", db, clash.path, "--on-duplicate", "skip"])
            #expect(skip.stdout.contains("1 added, 0 updated, 1 skipped"), "\(skip.stdout)")
        }
    }

    @Test func refusesAFileThatIsNotAQamusDatabase() throws {
        try withCLI { cli, dir in
            let file = dir.appendingPathComponent("notes.txt")
            try "my notes".write(to: file, atomically: true, encoding: .utf8)
            let result = try cli.run(["glossary", "add", "--db", file.path, "س", "x"])
            #expect(result.status != 0 && result.stderr.contains("is not a Qamus glossary database"))
            #expect(try String(contentsOf: file, encoding: .utf8) == "my notes")
        }
    }

    @Test func tbxExportImportThroughTheCLI() throws {
        try withCLI { cli, dir in
            let out = dir.appendingPathComponent("g.tbx").path
            #expect(try cli.run(["glossary", "export", "--output", out]).status == 0)
            let db = dir.appendingPathComponent("copy.sqlite").path
            let imported = try cli.run(["glossary", "import", "--db", db, out])
            #expect(imported.status == 0, "\(imported.stderr)")
            let a = try cli.run(["glossary", "export", "--format", "tsv"]).stdout
            let b = try cli.run(["glossary", "export", "--format", "tsv", "--db", db]).stdout
            #expect(a == b && a.split(separator: "\n").count > 40)
            #expect(try cli.run(["glossary", "doctor", "--db", db]).stdout.hasPrefix("ok:"))
        }
    }

    @Test func fourProcessesAddingAtOnceAllSucceed() throws {
        try withCLI { cli, dir in
            let db = dir.appendingPathComponent("busy.sqlite").path
            // Four workers, each running 25 `qamus glossary add` processes one after another.
            let failures = FailureCounter()
            DispatchQueue.concurrentPerform(iterations: 4) { worker in
                for i in 1...25 {
                    let result = try? cli.run(["glossary", "add", "--db", db, "كلمة\(worker)-\(i)", "word \(worker)-\(i)", "--quiet"])
                    if result?.status != 0 { failures.add(result?.stderr ?? "did not run") }
                }
            }
            #expect(failures.messages.isEmpty, "\(failures.messages)")
            let stats = try cli.run(["glossary", "stats", "--db", db, "--json"])
            #expect(stats.stdout.contains("\"entries\" : 100"), "\(stats.stdout)")
        }
    }
}

final class FailureCounter: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var messages: [String] = []
    func add(_ message: String) { lock.lock(); messages.append(message); lock.unlock() }
}

@Suite struct EntryTableTests {
    @Test func columnsAlignWithMixedScriptsAndControlsAreEscaped() {
        let entries = [
            GlossaryEntry(id: 1, arabic: "مُحَمَّد", english: "Muhammad", type: "person"),
            GlossaryEntry(id: 22, arabic: "\u{202E}evil", english: "x\u{200B}y", type: "term", note: "line\nbreak"),
            GlossaryEntry(id: 333, arabic: "S-300", english: "Tor-M1", type: "term"),
        ]
        let lines = EntryTable().render(entries)
        #expect(lines.count == 5)
        #expect(!lines.joined().unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{200B}" || $0 == "\n" })
        #expect(lines[3].contains("<U+202E>evil") && lines[3].contains("x<U+200B>y") && lines[3].contains("line\\nbreak"))
        // The english column starts at the same display column on every line.
        let englishTexts = ["english", "Muhammad", "x<U+200B>y", "Tor-M1"]
        let rows = [lines[0], lines[2], lines[3], lines[4]]
        let offsets = zip(rows, englishTexts).map { line, english in
            EntryText.width(line.components(separatedBy: english)[0])
        }
        #expect(Set(offsets).count == 1, "\(offsets) \(lines)")
    }

    @Test func longTextIsCut() {
        let long = String(repeating: "كلمة ", count: 2000)
        let lines = EntryTable().render([GlossaryEntry(id: 1, arabic: long, english: "x")])
        #expect(lines.allSatisfy { EntryText.width($0) < 200 })
        #expect(lines[2].contains("…"))
    }
}
