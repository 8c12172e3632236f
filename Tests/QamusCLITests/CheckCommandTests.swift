import Foundation
import Testing

@Suite("qamus check (end to end)")
struct CheckCommandTests {
    let source = "Examples/soleimani-moscow.ar.txt"
    let glossary = ["--glossary", "Glossaries/news-seed-glossary.tsv"]

    @Test func sourceAloneHasOnlyWarningsAndExitsZero() throws {
        let r = try QamusRunner().run(["check", source] + glossary)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("hamza-wasl") && r.stdout.contains("الاجتماع"))
        #expect(r.stdout.contains("S-300S ×1, S-300 ×1"))
    }

    @Test func strictFailsOnWarnings() throws {
        let r = try QamusRunner().run(["check", source, "--strict"] + glossary)
        #expect(r.status == 1)
    }

    @Test func faithfulTranslationPassesAndFaultFails() throws {
        let q = try QamusRunner()
        let good = try q.run(["check", source, "--translation", "Examples/soleimani-moscow.en.txt"] + glossary)
        #expect(good.status == 0, "\(good.stdout)")
        let bad = try q.run(["check", source, "--translation", "Examples/faults/changed-number.en.txt"] + glossary)
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("number-mismatch"))
    }

    @Test func defaultDatabaseIsSeededWithTheGlossary() throws {
        let q = try QamusRunner()
        // No --db and no --glossary: the default database, seeded from Glossaries/ on first use.
        let r = try q.run(["check", source, "--translation", "Examples/faults/wrong-term.en.txt"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stdout.contains("term-mismatch"), "\(r.stdout)")
    }

    @Test func jsonAndHtmlGoToTheOutputFile() throws {
        let q = try QamusRunner()
        let json = q.path("report.json"), html = q.path("report.html")
        let r1 = try q.run(["check", source, "--translation", "Examples/soleimani-moscow.en.txt", "--format", "json", "--output", json] + glossary)
        #expect(r1.status == 0 && r1.stdout.isEmpty)
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any]
        #expect((object?["alignment"] as? [Any])?.count == 21)
        let r2 = try q.run(["check", source, "--format", "html", "--output", html] + glossary)
        #expect(r2.status == 0)
        #expect(try String(contentsOfFile: html, encoding: .utf8).contains("dir=\"rtl\""))
    }

    @Test func bilingualXLIFFIsChecked() throws {
        let q = try QamusRunner()
        let file = q.path("delivery.xlf")
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ar" trgLang="en"><file id="f1">
        <unit id="u1"><segment><source>زار سليماني موسكو لمدة 48 ساعة.</source><target>Soleimani visited Moscow for 36 hours.</target></segment></unit>
        <unit id="u2"><segment><source>ونفى الكرملين الزيارة.</source><target>The Kremlin denied the visit.</target></segment></unit>
        </file></xliff>
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let r = try q.run(["check", file, "--format", "json"] + glossary)
        #expect(r.status == 1)
        #expect(r.stdout.contains("\"number-mismatch\""))
        let both = try q.run(["check", file, "--translation", "Examples/soleimani-moscow.en.txt"] + glossary)
        #expect(both.status == 2 && both.stderr.contains("drop --translation"))
    }

    @Test func usageAndInputErrorsExitTwo() throws {
        let q = try QamusRunner()
        let hostile = q.path("hostile.xlf")
        try "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xliff version=\"1.2\">&e;</xliff>"
            .write(toFile: hostile, atomically: true, encoding: .utf8)
        let cases: [([String], String)] = [
            (["check", "missing.txt"], "missing.txt: no such file"),
            (["check", source, "--format", "pdf"], "pdf"),
            (["check", source, "--translation", "nowhere.en.txt"], "nowhere.en.txt: no such file"),
            (["check", hostile], "document type declarations are not accepted"),
            (["check", source, "--glossary", "Examples/soleimani-moscow.ar.txt"], "soleimani-moscow.ar.txt"),
        ]
        for (arguments, message) in cases {
            let r = try q.run(arguments + ["--db", q.path("g.sqlite")])
            #expect(r.status == 2, "\(arguments): \(r.stderr)")
            #expect(r.stderr.contains(message), "\(r.stderr)")
        }
    }
}
