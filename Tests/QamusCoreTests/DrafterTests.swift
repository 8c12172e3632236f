import Testing
@testable import QamusCore

@Suite("Drafter")
struct DrafterTests {
    static let glossary = [
        GlossaryEntry(id: 1, arabic: "بوتين", english: "Putin", type: "person"),
        GlossaryEntry(id: 2, arabic: "رويترز", english: "Reuters", type: "organization"),
        GlossaryEntry(id: 3, arabic: "الحرس الثوري", english: "Revolutionary Guard Corps", type: "organization"),
        GlossaryEntry(id: 4, arabic: "S-300", english: "S-300", type: "term"),
    ]

    func draft(_ text: String, style: DraftStyle = .gloss) -> DraftSentence {
        Drafter(index: TermIndex(entries: Self.glossary), services: StandardWordServices(), style: style)
            .draft(sentence: text, index: 0, paragraph: 0)
    }

    /// Sentence and what its English must contain (glossary renderings with their proclitics).
    static let renderings: [(String, String)] = [
        ("قال بوتين", "Putin"),
        ("التقى وبوتين", "and Putin"),
        ("ووفقا لرويترز", "to Reuters"),
        ("قوة تابعة للحرس الثوري", "to the Revolutionary Guard Corps"),
        // A plural suffix stays on the term alone, and goes before its noun: "S-300 missiles".
        ("سلمت S-300S", "S-300s"),
        ("صواريخ S-300S", "S-300 missiles"),
    ]

    @Test("glossary entries are rendered as the glossary says", arguments: renderings)
    func rendersGlossaryEntries(text: String, english: String) {
        let s = draft(text)
        #expect(s.draft.lowercased().contains(english.lowercased()), "\(s.draft)")
        #expect(!s.matches.isEmpty)
    }

    @Test func matchesKeepTheSurfaceAndScalarOffsets() throws {
        let s = draft("التقى وبوتين أمس")
        let m = try #require(s.matches.first)
        #expect(m.surface == "وبوتين" && m.start == 6 && m.end == 12 && m.entryId == 1)
        #expect(s.tokens.contains { $0.origin == "glossary" && $0.surface == "وبوتين" })
    }

    @Test func namesNoEntryCoversAreGlossaryCandidates() throws {
        // شويغو is not in this glossary: the curated name list spells it, and it is listed.
        let s = draft("وزار شويغو موسكو")
        let u = try #require(s.unknown.first { $0.surface == "شويغو" })
        #expect(u.transliteration == "Shoigu")
        #expect(u.origin == "name-lexicon")
        #expect(s.draft.contains("Shoigu"))
        // Ordinary words are glossed, not listed as names.
        #expect(!s.unknown.contains { $0.surface == "وزار" })
    }

    @Test func unknownWordsAreTransliteratedAndMarked() throws {
        let s = draft("قال سيتشينوف")
        let u = try #require(s.unknown.first { $0.surface == "سيتشينوف" })
        #expect(u.origin == "model")
        #expect(!u.transliteration.isEmpty)
        #expect(s.tokens.contains { $0.surface == "سيتشينوف" && $0.origin == "model" })
    }

    @Test func namesStyleKeepsOrdinaryWordsInArabic() {
        let s = draft("قال بوتين في موسكو", style: .names)
        #expect(s.draft.contains("Putin"))
        #expect(s.draft.contains("قال"))
        #expect(!s.draft.contains("said"))
    }

    @Test func glossStyleTranslatesOrdinaryWords() {
        let s = draft("قال بوتين في موسكو")
        #expect(s.draft.lowercased().contains("said"))
        #expect(s.draft.contains("Moscow"))
        #expect(!s.draft.unicodeScalars.contains { ArabicScalar.isLetter($0) })
    }

    @Test func everyTokenHasAnOriginFromTheContract() {
        let s = draft("قال بوتين، إن 3 صواريخ S-300 وصلت.")
        let allowed: Set<String> = ["glossary", "lexicon", "name-lexicon", "model", "none"]
        #expect(!s.tokens.isEmpty)
        #expect(s.tokens.allSatisfy { allowed.contains($0.origin) })
    }
}

extension DrafterTests {
    /// An unknown name with a proclitic: the clitic is rendered in English and the
    /// name transliterated without it; the glossary candidate is the bare name.
    @Test func procliticsComeOffUnknownNames() throws {
        let plain = try #require(draft("قال سيتشينوف").unknown.first { $0.surface == "سيتشينوف" })
        let s = draft("قال وسيتشينوف")
        let u = try #require(s.unknown.first { $0.surface == "وسيتشينوف" })
        #expect(u.transliteration == plain.transliteration)
        // The proclitic is translated and stays outside the transliteration marks, in both styles.
        let marked = "and " + DraftMarkers.transliterated(plain.transliteration)
        #expect(s.draft.lowercased().contains(marked.lowercased()))
        #expect(!s.draft.contains(Glosser.transliterationMarks.0 + "and"))
        #expect(!s.draft.contains(Glosser.transliterationMarks.0 + "And"))
        let names = draft("قال وسيتشينوف", style: .names)
        #expect(names.draft.contains(marked))
    }
}

extension DrafterTests {
    /// The British spelling of the organisation type drafts as the American one: the body
    /// takes "the" and reads as a name (الكرملين → "the Kremlin", not "Kremlin").
    @Test(arguments: ["organization", "organisation"])
    func organisationTypeInEitherSpelling(type: String) {
        let index = TermIndex(entries: [GlossaryEntry(id: 1, arabic: "الكرملين", english: "Kremlin", type: type)])
        let s = Drafter(index: index, services: StandardWordServices(), style: .gloss)
            .draft(sentence: "وقال متحدث باسم الكرملين", index: 0, paragraph: 0)
        #expect(s.draft.contains("the Kremlin"), "\(s.draft)")
    }
}
