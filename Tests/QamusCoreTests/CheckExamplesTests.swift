import Testing
@testable import QamusCore

/// Every check's own must-trigger / must-not-trigger examples.
@Suite struct CheckExamplesTests {
    static let cases: [(String, Int)] = CheckRegistry.all.flatMap { check in
        check.examples.indices.map { (check.id, $0) }
    }

    @Test(arguments: cases)
    func example(_ id: String, _ index: Int) throws {
        let check = try #require(CheckRegistry.check(id: id))
        let example = check.examples[index]
        let runner = CheckRunner(glossary: example.glossary, checks: [check])
        let report = runner.run(CheckInput(sourceText: example.source, targetText: example.target))
        let mine = report.findings.filter { $0.check == id }
        if example.triggers {
            #expect(!mine.isEmpty, "\(id) must trigger: \(example.note)")
        } else {
            #expect(mine.isEmpty, "\(id) must not trigger: \(example.note) — got \(mine.map(\.message))")
        }
    }

    @Test func idsAreStableKebabCaseAndUnique() {
        let ids = CheckRegistry.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(id)")
            #expect(!CheckRegistry.check(id: id)!.examples.filter(\.triggers).isEmpty)
            #expect(!CheckRegistry.check(id: id)!.examples.filter { !$0.triggers }.isEmpty)
        }
    }
}
