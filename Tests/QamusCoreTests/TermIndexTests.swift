import Testing
@testable import QamusCore

@Suite("TermIndex")
struct TermIndexTests {
    /// The matcher glossary plus forms that stress the compact layout: shared forms,
    /// variants, inflecting two-word forms, domains, a form without a word.
    static let glossary: [GlossaryEntry] = TermMatcherTests.glossary + [
        GlossaryEntry(id: 20, arabic: "سيرغي شويغو", english: "Sergei Shoigu", type: "person",
                      arabicVariants: ["سيرجي شويجو", "شويغو"], domain: "military"),
        GlossaryEntry(id: 21, arabic: "المفاوضة", english: "negotiation", type: "term"),
        GlossaryEntry(id: 22, arabic: "المقاتلون الحوثيون", english: "Houthi fighters", type: "organization"),
        GlossaryEntry(id: 23, arabic: "الحرس الثوري", english: "IRGC", type: "Organization", domain: "military"),
        GlossaryEntry(id: 24, arabic: "«»", english: "no word", type: "term"),
        GlossaryEntry(id: 25, arabic: "وكالة فارس", english: "Fars news agency", type: "organization"),
    ]

    static func streamed(_ entries: [GlossaryEntry]) -> TermIndex {
        var builder = TermIndex.Builder()
        for e in entries {
            builder.beginEntry(id: e.id, english: e.english, type: e.type, domain: e.domain)
            for form in e.arabicForms { builder.addForm(form) }
        }
        return builder.build()
    }

    static let texts: [String] = TermMatcherTests.mustMatch.map(\.0) + TermMatcherTests.mustNotMatch + [
        "قال وزير الدفاع سيرجي شويجو إن شويغو وصل",
        "استؤنفت المفاوضات بعد مفاوضتين",
        "هاجم المقاتلين الحوثيين مواقع للحرس الثوري",
        "لكن وكالة “فارس” نقلت عن الأسد",
    ]

    @Test("a streamed index finds what one built from whole entries finds", arguments: texts)
    func streamedMatchesWhole(text: String) {
        let whole = TermMatcher(index: TermIndex(entries: Self.glossary)).matches(in: text)
        let streamed = TermMatcher(index: Self.streamed(Self.glossary)).matches(in: text)
        #expect(streamed.map(\.range) == whole.map(\.range))
        #expect(streamed.map(\.matchedForm) == whole.map(\.matchedForm))
        #expect(streamed.map(\.suffix) == whole.map(\.suffix))
        #expect(streamed.map { [$0.entry] + $0.alternatives }.map { $0.map(\.english) }
                == whole.map { [$0.entry] + $0.alternatives }.map { $0.map(\.english) })
    }

    /// Text, surface, English, suffix: variants, a two-word form whose last word
    /// inflects (looked up by its stem), a feminine term's plural.
    static let streamedMustMatch: [(String, String, String, String)] = [
        ("قال سيرجي شويجو", "سيرجي شويجو", "Sergei Shoigu", ""),
        ("مع المقاتلون الحوثيين", "المقاتلون الحوثيين", "Houthi fighters", "ين"),
        ("استؤنفت المفاوضات", "المفاوضات", "negotiation", "ات"),
        ("قال شويغو", "شويغو", "Sergei Shoigu", ""),
    ]

    @Test(arguments: streamedMustMatch)
    func streamedIndexFinds(text: String, surface: String, english: String, suffix: String) throws {
        let m = try #require(TermMatcher(index: Self.streamed(Self.glossary)).matches(in: text).last)
        #expect(m.surface == surface)
        #expect(m.entry.english == english)
        #expect(m.suffix == suffix)
    }

    @Test func streamedEntriesKeepWhatDraftingReads() {
        let index = Self.streamed(Self.glossary)
        #expect(index.entryCount == Self.glossary.count)
        for (e, entry) in Self.glossary.enumerated() {
            let lean = index.entry(at: e)
            #expect(lean.id == entry.id)
            #expect(lean.arabicForms == entry.arabicForms)
            #expect(lean.english == entry.english)
            #expect(lean.type == entry.type)
            #expect(lean.domain == entry.domain)
        }
        #expect(index.entries.map(\.english) == Self.glossary.map(\.english))
    }

    @Test func wholeEntriesKeepEveryField() {
        let entry = GlossaryEntry(id: 3, arabic: "بوتين", english: "Putin", type: "person", variants: ["Poutine"], note: "n")
        #expect(TermIndex(entries: [entry]).entries == [entry])
    }

    @Test func formsSharedByEntriesAreOnePatternWithAlternatives() throws {
        let index = Self.streamed(Self.glossary)
        // الحرس الثوري (ids 3 and 23) and الأسد (13 and 14) are each one pattern; «» has no word.
        let forms = Self.glossary.flatMap(\.arabicForms).filter { !TermIndex.keys(of: $0).isEmpty }
        #expect(index.formCount == Set(forms.map { TermIndex.keys(of: $0) }).count)
        let m = try #require(TermMatcher(index: index).matches(in: "عناصر الحرس الثوري").first)
        #expect(m.entry.id == 3)
        #expect(m.alternatives.map(\.id) == [23])
    }

    @Test func keysJoinWordKeys() {
        #expect(TermIndex.keys(of: "الحرس الثوري") == ["الحرس", "الثوري"])
        #expect(TermIndex.keys(of: "إيرانيّة") == ["ايرانيه"])
        #expect(TermIndex.keys(of: "S-300") == [Normalizer.matching.key("S-300")])
        #expect(TermIndex.keys(of: "«»").isEmpty)
        #expect(TermIndex.keys(of: "").isEmpty)
    }

    @Test func emptyBuilderMatchesNothing() {
        var builder = TermIndex.Builder()
        let index = builder.build()
        #expect(index.formCount == 0)
        #expect(TermMatcher(index: index).matches(in: "بوتين").isEmpty)
    }
}

@Suite("KeyTable")
struct KeyTableTests {
    @Test func keepsEveryValueOfAHashInInsertionOrderAcrossGrowth() {
        var table = KeyTable(capacity: 0)
        for v in 0..<1000 { table.insert(UInt32(v), hash: UInt32(v % 7)) }
        #expect(table.count == 1000)
        for h in 0..<7 {
            var found: [UInt32] = []
            _ = table.first(hash: UInt32(h)) { found.append($0); return false }
            #expect(Set(found) == Set((0..<1000).filter { $0 % 7 == h }.map(UInt32.init)))
        }
        var none = 0
        _ = table.first(hash: 99) { _ in none += 1; return false }
        #expect(none == 0)
    }

    @Test func wordHashSeesEveryByteAndTheLength() {
        func h(_ bytes: [UInt8]) -> UInt32 { bytes.withUnsafeBufferPointer { KeyHash.ofWord($0) } }
        let words = ["", "a", "ab", "ab\u{0}", "قال", "قالت", "وبالحرس", "وبالحرسٍ", "12345678", "123456789", "12345679"]
        let hashes = words.map { h(Array($0.utf8)) }
        #expect(Set(hashes).count == words.count)  // these differ in one byte or in length only
        #expect(words.map { h(Array($0.utf8)) } == hashes)  // and hashing is stable
        // Many distinct words: few collisions in 32 bits.
        let many = Set((0..<50_000).map { h(Array("كلمة\($0)".utf8)) })
        #expect(many.count > 49_990)
    }

    @Test func stopsAtTheFirstAcceptedValue() {
        var table = KeyTable(capacity: 4)
        for v in [5, 6, 7] as [UInt32] { table.insert(v, hash: 1) }
        var seen: [UInt32] = []
        let hit = table.first(hash: 1) { seen.append($0); return $0 == 6 }
        #expect(hit)
        #expect(seen == [5, 6])
    }
}
