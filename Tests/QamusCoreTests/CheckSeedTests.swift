import Testing
@testable import QamusCore

/// The targets on the seed article (fixtures are in Examples/ and Glossaries/).
@Suite struct CheckSeedTests {
    func run(source: String = "Examples/soleimani-moscow.ar.txt", target: String?) throws -> CheckReport {
        CheckRunner(glossary: try CheckFixtures.seedGlossary()).run(try CheckFixtures.seedInput(source: source, target: target))
    }

    @Test func sourceVariantsAndHamzaWaslAreFound() throws {
        let report = try run(target: nil)
        let variants = report.findings.filter { $0.check == "source-variant" }.map { Set($0.forms.map(\.text)) }
        #expect(variants.contains(["S-300S", "S-300"]))
        #expect(variants.contains(["إيران", "ايران"]))
        let designator = report.findings.first { Set($0.forms.map(\.text)) == ["S-300S", "S-300"] }
        #expect(designator?.forms.first { $0.preferred }?.text == "S-300", "the glossary prefers S-300")
        let hamza = report.findings.filter { $0.check == "hamza-wasl" }
        #expect(Set(hamza.compactMap(\.suggestion)) == ["باسم", "الاجتماع"])
        #expect(report.findings.allSatisfy { $0.severity != .error })
    }

    @Test func faithfulTranslationHasNoTermOrNumberMismatch() throws {
        let report = try run(target: "Examples/soleimani-moscow.en.txt")
        let bad = report.findings.filter { ["term-mismatch", "number-mismatch", "missing-translation", "untranslated"].contains($0.check) }
        #expect(bad.isEmpty, "\(bad.map(\.message))")
        #expect(!report.fails(strict: false))
        #expect(report.fails(strict: true), "warnings remain (source variants)")
    }

    static let faults: [(String, String, String)] = [
        ("changed-number.en.txt", "number-mismatch", "48"),
        ("misspelled-name.en.txt", "term-mismatch", "Sergei Shoigu"),
        ("misspelled-name.en.txt", "target-variant", "Shoygu"),
        ("wrong-term.en.txt", "term-mismatch", "missile defense"),
        ("omitted-sentence.en.txt", "missing-translation", "الكرملين"),
        ("untranslated.en.txt", "untranslated", "جدول"),
    ]

    @Test(arguments: faults)
    func seededFaultIsCaught(_ file: String, _ check: String, _ quoted: String) throws {
        let report = try run(target: "Examples/faults/" + file)
        let hits = report.findings.filter { $0.check == check && $0.message.contains(quoted) }
        #expect(hits.count == 1, "\(report.findings.map(\.message))")
        let expected = Set(Self.faults.filter { $0.0 == file }.map(\.1))
        let errors = report.findings.filter { $0.severity == .error && !expected.contains($0.check) }
        #expect(errors.isEmpty, "only the seeded fault: \(errors.map(\.message))")
    }

    @Test func misspelledSourceNameIsASourceVariant() throws {
        let report = try run(source: "Examples/faults/misspelled-name.ar.txt", target: nil)
        let shoigu = report.findings.first { Set($0.forms.map(\.text)) == ["شويغو", "شويجو"] }
        #expect(shoigu?.forms.first { $0.preferred }?.text == "شويغو")
    }
}
