import Foundation
import QamusCore
import Testing
@testable import QamusStore

/// Export, then import into an empty database, reproduces every field, in every format.
@Suite struct RoundTripTests {
    @Test(arguments: GlossaryFormat.allCases)
    func exportImportReproducesEveryField(_ format: GlossaryFormat) throws {
        let source = try GlossaryStore(path: ":memory:")
        for entry in richEntries() { try source.add(entry) }
        let original = try source.allEntries()
        let text = GlossaryWriters(format: format).write(original)
        let document = try GlossaryReaders.read(text, format: format)
        let target = try GlossaryStore(path: ":memory:")
        let report = try target.importEntries(document, policy: .fail)
        #expect(report.added == original.count)
        let copy = try target.allEntries()
        #expect(copy.count == original.count)
        for (a, b) in zip(original, copy) {
            var a = a
            a.id = b.id
            #expect(a == b, "\(format): \(a.arabic)")
        }
    }

    @Test func omegaTHeaderlessFileReads() throws {
        let doc = try TSVGlossaryReader().read("بوتين\tPutin\tRussian president\nموسكو\tMoscow\n")
        #expect(doc.entries.map(\.english) == ["Putin", "Moscow"])
        #expect(doc.entries[0].note == "Russian president" && doc.entries[1].note == nil)
        #expect(doc.lines == [1, 2])
    }
}
