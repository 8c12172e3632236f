import QamusCore
import Testing
@testable import QamusStore

@Suite struct SearchTests {
    static let store: GlossaryStore? = {
        guard let store = try? GlossaryStore(path: ":memory:") else { return nil }
        for glossary in SeedGlossaries.all {
            guard let doc = try? glossary.document() else { return nil }
            _ = try? store.importEntries(doc, policy: .skip)
        }
        _ = try? store.add(GlossaryEntry(arabic: "الأسد", english: "the lion", type: "term", domain: "zoology"))
        return store
    }()

    @Test(arguments: [
        ("وبوتين", "Putin"),            // and Putin
        ("لبوتين", "Putin"),            // for Putin
        ("فبوتين", "Putin"),
        ("بُوتِين", "Putin"),            // with harakat
        ("للحرس الثوري", "Revolutionary Guard Corps"),
        ("بسليماني", "Soleimani"),
        ("والكرملين", "Kremlin"),
        ("كرملين", "Kremlin"),          // without the article
        ("ايران", "Iran"),              // bare alef
        ("إيـــران", "Iran"),           // tatweel
        ("موس", "Moscow"),              // prefix
        ("وموسكو", "Moscow"),
        ("quds", "Quds Force"),
        ("QODS", "Quds Force"),         // variant, any case
        ("rev guard", "Revolutionary Guard Corps"),
        ("hizb", "Hezbollah"),
        ("s-300", "S-300"),
    ])
    func findsFirst(_ query: String, _ english: String) throws {
        let store = try #require(Self.store)
        let found = try store.search(query)
        #expect(found.first?.english == english, "\(query) → \(found.map(\.english))")
    }

    @Test func homographsAreBothFoundAndFilterable() throws {
        let store = try #require(Self.store)
        #expect(Set(try store.search("والأسد").map(\.english)).isSuperset(of: ["Assad", "the lion"]))
        #expect(try store.search("الأسد", filter: EntryFilter(type: "term")).map(\.english) == ["the lion"])
        #expect(try store.entries(EntryFilter(domain: "zoology")).map(\.english) == ["the lion"])
    }

    @Test(arguments: ["", "   ", "\"*^()", "' OR 1=1 --", "NEAR(", "ـ"])
    func oddQueriesDoNotFail(_ query: String) throws {
        let store = try #require(Self.store)
        _ = try store.search(query)
    }

    @Test func candidatesAreConservative() {
        // Too short to strip: a two-letter stem stays whole.
        #expect(SearchKeys.arabicCandidates("بل") == ["بل"])
        #expect(SearchKeys.arabicCandidates("وبوتين").contains("بوتين"))
        #expect(SearchKeys.arabicCandidates("للحرس").contains("الحرس"))
        #expect(SearchKeys.bare("الكرملين") == "كرملين")
        #expect(SearchKeys.bare("ال") == "ال")
    }
}
