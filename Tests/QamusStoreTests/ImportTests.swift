import Foundation
import QamusCore
import Testing
@testable import QamusStore

@Suite struct ImportTests {
    func document(_ tsv: String) throws -> GlossaryDocument { try TSVGlossaryReader().read(tsv) }

    @Test func failPolicyReportsEveryClashAndWritesNothing() throws {
        let store = try GlossaryStore(path: ":memory:")
        try store.add(GlossaryEntry(arabic: "بوتين", english: "Putin", type: "person"))
        let doc = try document("arabic\tenglish\ttype\nموسكو\tMoscow\tplace\nبوتين\tPoutine\tperson\nطهران\tTehran\tplace\nطهران\tTeheran\tplace\n")
        do {
            _ = try store.importEntries(doc, policy: .fail)
            Issue.record("expected clashes")
        } catch let StoreError.importClashes(clashes) {
            #expect(clashes.map(\.line) == [3, 5])
            #expect(clashes[0].existing?.english == "Putin")
            #expect(clashes[1].earlierLine == 4)
        }
        #expect(try store.count() == 1)
    }

    @Test func skipAndUpdatePolicies() throws {
        let store = try GlossaryStore(path: ":memory:")
        let putin = try store.add(GlossaryEntry(arabic: "بوتين", english: "Putin", type: "person"))
        let doc = try document("arabic\tenglish\ttype\tvariants\nبوتين\tVladimir Putin\tperson\tPutin\nموسكو\tMoscow\tplace\t\n")
        let skipped = try store.importEntries(doc, policy: .skip)
        #expect(skipped.added == 1 && skipped.skipped == 1)
        #expect(try store.entry(id: putin.id!).english == "Putin")
        let updated = try store.importEntries(doc, policy: .update)
        #expect(updated.updated == 2 && updated.added == 0)
        let after = try store.entry(id: putin.id!)
        #expect(after.english == "Vladimir Putin" && after.variants == ["Putin"] && after.createdAt == putin.createdAt)
    }

    @Test func anInvalidRowRollsBackTheWholeImport() throws {
        let store = try GlossaryStore(path: ":memory:")
        let entries = [GlossaryEntry(arabic: "موسكو", english: "Moscow"), GlossaryEntry(arabic: "طهران", english: "")]
        #expect(throws: StoreError.self) { try store.importEntries(GlossaryDocument(entries: entries, lines: [2, 3]), policy: .fail) }
        #expect(try store.count() == 0)
    }

    @Test func seedGlossaryImportsCompletely() throws {
        let store = try GlossaryStore(path: ":memory:")
        for glossary in SeedGlossaries.all {
            let report = try store.importEntries(try glossary.document(), policy: .fail)
            #expect(report.added > 40)
        }
        let assad = try store.entries(arabic: "الأسد")
        #expect(assad.map(\.english) == ["Assad"])
    }
}
