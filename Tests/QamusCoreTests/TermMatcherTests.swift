import Testing
@testable import QamusCore

@Suite("TermMatcher")
struct TermMatcherTests {
    static let glossary: [GlossaryEntry] = [
        GlossaryEntry(id: 1, arabic: "بوتين", english: "Putin", type: "person"),
        GlossaryEntry(id: 2, arabic: "سليماني", english: "Soleimani", type: "person"),
        GlossaryEntry(id: 3, arabic: "الحرس الثوري", english: "Revolutionary Guard Corps", type: "organization"),
        GlossaryEntry(id: 4, arabic: "الحوثيون", english: "Houthis", type: "organization"),
        GlossaryEntry(id: 5, arabic: "إيران", english: "Iran", type: "place"),
        GlossaryEntry(id: 6, arabic: "السيسي", english: "Sisi", type: "person"),
        GlossaryEntry(id: 7, arabic: "إيراني", english: "Iranian", type: "term"),
        GlossaryEntry(id: 8, arabic: "حلب", english: "Aleppo", type: "place"),
        GlossaryEntry(id: 9, arabic: "قطر", english: "Qatar", type: "place"),
        GlossaryEntry(id: 10, arabic: "مصر", english: "Egypt", type: "place"),
        GlossaryEntry(id: 11, arabic: "الحرس الثوري الإيراني", english: "Islamic Revolutionary Guard Corps", type: "organization"),
        GlossaryEntry(id: 12, arabic: "S-300", english: "S-300", type: "term"),
        GlossaryEntry(id: 13, arabic: "الأسد", english: "Assad", type: "person"),
        GlossaryEntry(id: 14, arabic: "الأسد", english: "the lion", type: "term"),
    ]
    static let index = TermIndex(entries: glossary)
    var matcher: TermMatcher { TermMatcher(index: Self.index) }

    /// Text, the surface that must be found, and the English it must map to.
    static let mustMatch: [(String, String, String)] = [
        ("قال بوتين", "بوتين", "Putin"),
        ("التقى وبوتين", "وبوتين", "Putin"),
        ("قال لبوتين", "لبوتين", "Putin"),
        ("التقى بسليماني", "بسليماني", "Soleimani"),
        ("قوة تابعة للحرس الثوري", "للحرس الثوري", "Revolutionary Guard Corps"),
        ("وبالحرس الثوري", "وبالحرس الثوري", "Revolutionary Guard Corps"),
        ("قتال وللحوثيين", "وللحوثيين", "Houthis"),
        ("مع الحوثيين", "الحوثيين", "Houthis"),
        ("زار ايران", "ايران", "Iran"),
        ("زار إيران", "إيران", "Iran"),
        ("قال السيسى", "السيسى", "Sisi"),
        ("قال السِّيسِي", "السِّيسِي", "Sisi"),
        ("قال بوتـــين", "بوتـــين", "Putin"),
        ("الصواريخ الإيرانية", "الإيرانية", "Iranian"),
        ("متطوعين إيرانيين", "إيرانيين", "Iranian"),
        ("اللواء الإيراني", "الإيراني", "Iranian"),
        ("تابعة للحرس الثوري الإيراني، قاسم", "للحرس الثوري الإيراني", "Islamic Revolutionary Guard Corps"),
        ("صواريخ S-300S", "S-300S", "S-300"),
        ("صواريخ S-300 روسية", "S-300", "S-300"),
        ("لإيران", "لإيران", "Iran"),
        ("ﺑﻮﺗﻴﻦ", "ﺑﻮﺗﻴﻦ", "Putin"),
    ]

    @Test("finds entries through clitics, variants and inflection", arguments: mustMatch)
    func finds(text: String, surface: String, english: String) {
        let found = matcher.matches(in: text)
        #expect(found.contains { $0.surface == surface && $0.entry.english == english }, "\(text): \(found.map { ($0.surface, $0.entry.english) })")
    }

    /// Words that contain an entry's letters but are other words.
    static let mustNotMatch: [String] = [
        "حلبة السباق",     // a racetrack, not Aleppo
        "قطرات المطر",     // raindrops, not Qatar
        "مصرف لبنان",      // a bank, not Egypt
        "مصرفي",           // banking
        "بوتينات",         // not a form of a name
        "سليمانية",        // not the person
        "ايرانا",          // place names do not inflect
    ]

    @Test("never matches inside another word", arguments: mustNotMatch)
    func rejects(text: String) {
        let found = matcher.matches(in: text)
        #expect(found.isEmpty, "\(text): \(found.map { ($0.surface, $0.entry.english) })")
    }

    @Test func longestMatchWins() {
        let found = matcher.matches(in: "قادة الحرس الثوري الإيراني")
        #expect(found.count == 1)
        #expect(found.first?.entry.english == "Islamic Revolutionary Guard Corps")
    }

    @Test func offsetsAreScalarOffsetsOfTheSurface() throws {
        let text = "قال وبوتين"
        let m = try #require(matcher.matches(in: text).first)
        #expect(m.range == 4..<10)
        #expect(m.proclitics == "و")
    }

    @Test func sharedArabicFormIsReportedAsAmbiguous() throws {
        let m = try #require(matcher.matches(in: "لدعم الأسد").first)
        #expect(m.entry.english == "Assad")
        #expect(m.alternatives.map(\.english) == ["the lion"])
    }

    @Test func emptyGlossaryMatchesNothing() {
        #expect(TermMatcher(index: TermIndex(entries: [])).matches(in: "بوتين").isEmpty)
    }
}

extension TermMatcherTests {
    @Test func multiWordTermsStepOverQuotes() throws {
        let index = TermIndex(entries: [GlossaryEntry(id: 1, arabic: "وكالة فارس", english: "Fars news agency", type: "organization")])
        let m = try #require(TermMatcher(index: index).matches(in: "لكن وكالة “فارس” نقلت").first)
        #expect(m.surface == "وكالة “فارس")
        #expect(m.entry.english == "Fars news agency")
    }
}

extension TermMatcherTests {
    /// Two-word terms whose last word inflects, and many terms sharing a first word.
    @Test func multiWordTermsWithInflectedLastWord() {
        let index = TermIndex(entries: [
            GlossaryEntry(id: 1, arabic: "الحرس الإيراني", english: "Iranian guard", type: "term"),
            GlossaryEntry(id: 2, arabic: "مقاتلو الحوثيون", english: "Houthi fighters", type: "term"),
            GlossaryEntry(id: 3, arabic: "الحرس الوطني", english: "National Guard", type: "organization"),
            GlossaryEntry(id: 4, arabic: "الحرس الثوري", english: "Revolutionary Guard Corps", type: "organization"),
        ])
        let matcher = TermMatcher(index: index)
        #expect(matcher.matches(in: "قادة الحرس الإيرانية").first?.entry.id == 1)
        #expect(matcher.matches(in: "مع مقاتلو الحوثيين").first?.entry.id == 2)
        #expect(matcher.matches(in: "وبالحرس الوطني").first?.entry.id == 3)
        #expect(matcher.matches(in: "الحرس الثوري").first?.entry.id == 4)
        #expect(matcher.matches(in: "الحرس الجمهوري").isEmpty)
    }
}

extension TermMatcherTests {
    /// Loading only the entries whose first key `firstKeys(couldMatch:)` names finds
    /// exactly what the full glossary finds.
    @Test(arguments: mustMatch)
    func prefilteredIndexFindsTheSameMatches(text: String, surface: String, english: String) {
        let words = WordTokenizer().tokenize(text).filter(\.isWord).map(\.text)
        let wanted = TermIndex.firstKeys(couldMatch: words)
        let subset = Self.glossary.filter { entry in
            entry.arabicForms.contains { TermIndex.keys(of: $0).first.map(wanted.contains) ?? false }
        }
        let full = matcher.matches(in: text).map { [$0.surface, $0.entry.english] }
        let filtered = TermMatcher(index: TermIndex(entries: subset)).matches(in: text).map { [$0.surface, $0.entry.english] }
        #expect(filtered == full)
    }
}

extension TermMatcherTests {
    /// Forms written with compatibility characters whose NFKC has spaces (the isolated
    /// fatha ﹶ, the ligature ﷺ) keep one key per word, so the store's prefiltered load
    /// finds them as the full index does (a fuzzer crasher: `bﹶ` matched in full only).
    @Test("compatibility characters keep one key per word", arguments: ["ﹶ", "بﹶوتين", "ﷺ", "قال ﷺ"])
    func compatibilityCharactersKeepOneKeyPerWord(form: String) {
        let glossary = [GlossaryEntry(id: 1, arabic: form, english: "x", type: "term")]
        for key in TermIndex.keys(of: form) { #expect(!key.contains(" ")) }
        let text = "قال " + form + " أمس"
        let words = WordTokenizer().tokenize(text).filter(\.isWord).map(\.text)
        let wanted = TermIndex.firstKeys(couldMatch: words)
        let subset = glossary.filter { $0.arabicForms.contains { TermIndex.keys(of: $0).first.map(wanted.contains) ?? false } }
        let full = TermMatcher(index: TermIndex(entries: glossary)).matches(in: text).map(\.range)
        #expect(TermMatcher(index: TermIndex(entries: subset)).matches(in: text).map(\.range) == full)
    }
}

extension TermMatcherTests {
    /// A document tokenized whole and matched sentence by sentence (slices of one token
    /// array) finds what each sentence finds alone, at the document's offsets and token
    /// indices; and a match never runs on past the end of its slice.
    @Test func sentenceSlicesOfADocumentMatchAsTheSentencesAlone() {
        let sentences = ["التقى وبوتين قادة الحرس الثوري الإيراني", "الحرس الثوري في حلب", "وقال السيسي إن مصر"]
        let text = sentences.joined(separator: " ")
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var stretches: [Range<Int>] = []
        var offset = 0
        for sentence in sentences {
            let length = sentence.unicodeScalars.count
            let start = tokens.count
            tokens += WordTokenizer().tokenize(scalars: scalars, in: offset..<(offset + length))
            stretches.append(start..<tokens.count)
            offset += length + 1
        }
        let whole = matcher
        var offsetOfSentence = 0, firstToken = 0
        for (sentence, stretch) in zip(sentences, stretches) {
            let alone = matcher.matches(in: sentence)
            let sliced = whole.matches(tokens: tokens[stretch], scalars: scalars)
            #expect(!alone.isEmpty)
            #expect(sliced.map(\.entry.english) == alone.map(\.entry.english))
            #expect(sliced.map(\.surface) == alone.map(\.surface))
            #expect(sliced.map(\.range) == alone.map { ($0.range.lowerBound + offsetOfSentence)..<($0.range.upperBound + offsetOfSentence) })
            #expect(sliced.map(\.tokenRange) == alone.map { ($0.tokenRange.lowerBound + firstToken)..<($0.tokenRange.upperBound + firstToken) })
            offsetOfSentence += sentence.unicodeScalars.count + 1
            firstToken = stretch.upperBound
        }
        // "الحرس" ends the first slice: with "الثوري" beyond the slice's end, it is no match.
        let cut = tokens.firstIndex { $0.text == "الحرس" }.map { tokens[..<($0 + 1)] } ?? []
        #expect(whole.matches(tokens: cut, scalars: scalars).allSatisfy { $0.entry.english != "Revolutionary Guard Corps" })
    }
}
