import Foundation
import QamusCore
@testable import QamusStore
import Testing

@Suite struct TermIndexLoaderTests {
    /// The streamed index holds what drafting reads of every entry, variants in order.
    @Test func streamedIndexHoldsEveryEntryLean() throws {
        let store = try GlossaryStore(path: ":memory:")
        for entry in richEntries() { _ = try store.add(entry) }
        let stored = try store.allEntries()
        let index = try store.termIndex()
        #expect(index.entryCount == stored.count)
        for (e, entry) in stored.enumerated() {
            let lean = index.entry(at: e)
            #expect(lean.id == entry.id)
            #expect(lean.arabicForms == entry.arabicForms)
            #expect(lean.english == entry.english)
            #expect(lean.type == entry.type)
            #expect(lean.domain == entry.domain)
        }
    }

    /// Matching through the streamed index finds what matching whole entries finds,
    /// after edits and deletions leave gaps in the ids.
    @Test func streamedIndexMatchesLikeWholeEntries() throws {
        let store = try GlossaryStore(path: ":memory:")
        for entry in richEntries() { _ = try store.add(entry) }
        let extra = try store.add(GlossaryEntry(arabic: "الكرملين", english: "Kremlin", type: "place", arabicVariants: ["كرملين"]))
        let gone = try store.add(GlossaryEntry(arabic: "بوتين", english: "Putin", type: "person"))
        _ = try store.remove(ids: [try #require(gone.id)])
        var edited = extra
        edited.arabicVariants = ["الكريملين"]
        _ = try store.update(edited)
        let text = "قال شويغو إن الأسد وحزب الله في الكريملين وبوتين نص"
        let whole = TermMatcher(index: TermIndex(entries: try store.allEntries())).matches(in: text)
        let streamed = TermMatcher(index: try store.termIndex()).matches(in: text)
        #expect(!streamed.isEmpty)
        #expect(streamed.map(\.surface) == whole.map(\.surface))
        #expect(streamed.map(\.entry.id) == whole.map(\.entry.id))
        #expect(streamed.map { $0.alternatives.map(\.id) } == whole.map { $0.alternatives.map(\.id) })
    }

    @Test func emptyGlossaryGivesAnEmptyIndex() throws {
        let index = try GlossaryStore(path: ":memory:").termIndex()
        #expect(index.entryCount == 0 && index.formCount == 0)
    }
}
