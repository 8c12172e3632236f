import Testing
@testable import QamusCore

@Suite("FirstWordFilter")
struct FirstWordFilterTests {
    /// The matcher's glossary plus inflectable terms (teh marbuta, nisba, sound plural).
    static let glossary: [GlossaryEntry] = TermMatcherTests.glossary + [
        GlossaryEntry(id: 20, arabic: "مفاوضة", english: "negotiation", type: "term"),
        GlossaryEntry(id: 21, arabic: "سوري", english: "Syrian", type: "term"),
        GlossaryEntry(id: 22, arabic: "المستوطنون", english: "settlers", type: "term"),
        GlossaryEntry(id: 23, arabic: "لجنة الأمن", english: "security committee", type: "term"),
        GlossaryEntry(id: 24, arabic: "F-16", english: "F-16", type: "term"),
        // Keys of 11 and 13 letters: readings hashed from the packing and by the long path.
        GlossaryEntry(id: 25, arabic: "الاستخبارات", english: "intelligence", type: "term"),
        GlossaryEntry(id: 26, arabic: "البروتستانتية", english: "Protestantism", type: "term"),
    ]
    static let index = TermIndex(entries: glossary)

    static func passes(_ word: String, _ index: TermIndex = index) -> Bool {
        let scalars = Array(word.unicodeScalars)
        return scalars.withUnsafeBufferPointer { index.firstWordFilter.mayBegin($0, 0..<scalars.count) }
    }

    /// Written words that begin a form (through clitics, spelling and inflection) must pass.
    @Test("passes words that begin a form", arguments: [
        "بوتين", "وبوتين", "فبوتين", "لبوتين", "وببوتين", "بوتـــين", "بُوتِين", "ﺑﻮﺗﻴﻦ",
        "للحرس", "وللحرس", "بالحرس", "وبالحرس", "الحرس", "ايران", "إيران", "لإيران", "السيسى",
        "الإيرانية", "إيرانيين", "مفاوضات", "المفاوضات", "وبالمفاوضات", "مفاوضتين", "سورية", "السوريين",
        "المستوطنين", "للمستوطنين", "لجنة", "وللجنة", "S-300", "S-300S", "s-300", "F-16s", "الأسد", "والأسد",
        "الاستخبارات", "وبالاستخبارات", "للاستخبارات", "البروتستانتية", "والبروتستانتية", "وبالبروتستانتية",
    ])
    func passesWordsThatBeginAForm(word: String) {
        #expect(Self.passes(word), "\(word)")
    }

    /// Ordinary words are ruled out without a lookup; a filter that passed everything would
    /// be useless. The filter is a hash filter (about 2% false passes per probe), so the
    /// test asks for most of them, not for any word in particular.
    @Test func rulesOutOrdinaryWords() {
        let words = [
            "قال", "وقال", "الوزير", "والوزير", "مدينة", "المدن", "اجتماع", "2024", "١٩٩٠", "the", "Moscow",
            "أعلن", "وأعلن", "الرئيس", "للرئيس", "الحكومة", "بالحكومة", "اليوم", "أمس", "مصادر", "المصادر",
            "الخارجية", "وزارة", "بيان", "البيان", "العاصمة", "الأسبوع", "الماضي", "المقبل", "مع", "على",
            "إلى", "من", "في", "عن", "أن", "إن", "كان", "وكانت", "التي", "الذي", "هذا", "هذه", "بين", "بعد",
            "قبل", "خلال", "حيث", "كما", "أيضا", "said", "minister", "2019", "٣٠", "news",
        ]
        let passed = words.filter { Self.passes($0) }
        #expect(passed.count * 10 <= words.count, "\(passed)")
    }

    /// Words it cannot fold by itself take the exact path.
    @Test("lets through what it cannot read", arguments: ["", "ـ", "بوتين‌", "Straße", String(repeating: "ب", count: 40)])
    func letsThroughWhatItCannotRead(word: String) {
        #expect(Self.passes(word))
    }

    @Test func anEmptyIndexLetsEverythingThrough() {
        #expect(Self.passes("قال", TermIndex(entries: [])))
    }

    @Test("reading starts follow the proclitic run", arguments: [
        ("بوتين", [0, 1]),  // ب may be the preposition
        ("سليماني", [0]),
        ("وبوتين", [0, 1, 2]),
        ("الحرس", [0, 2]),
        ("وبالحرس", [0, 1, 2, 4]),
        ("للحرس", [0, 1, 2]),
        ("وللحرس", [0, 1, 2, 3]),
        ("فالحرس", [0, 1, 3]),
        ("بالحرس", [0, 1, 3]),
        ("كالحرس", [0, 1, 3]),
        ("والحرس", [0, 1, 3]),
        ("وكالحرس", [0, 1, 2, 4]),
        ("فللحرس", [0, 1, 2, 3]),
        ("لحرس", [0, 1]),
        ("قال", [0]),
        ("مبالغ", [0]),  // بال inside a word is no proclitic run
    ])
    func readingStarts(word: String, expected: [Int]) {
        var letters = LetterBuffer()
        let scalars = Array(word.unicodeScalars)
        let folded = scalars.withUnsafeBufferPointer { FirstWordFilter.fold($0, 0..<scalars.count, into: &letters) }
        #expect(folded)
        let n = letters.count
        let starts = FirstWordFilter.readingStarts(letters[0], n > 1 ? letters[1] : 0, n > 2 ? letters[2] : 0, n > 3 ? letters[3] : 0)
        #expect((0..<32).filter { starts & (1 << $0) != 0 } == expected)
    }

    /// The filter's own loop reads the starts from each letter's role bits in the classed
    /// fold table: for every four letters drawn as above, the table gives what
    /// `readingStarts` gives, and every scalar keeps its letter below the role bits.
    @Test func classedTableAndStartsTableAgreeWithTheRule() {
        let letters: [UInt16] = [0, 0x0627, 0x0628, 0x0641, 0x0643, 0x0644, 0x0648, 0x0626, 0x0629, 0x0642, 0x0645, 0x0649, 0x0061, 0x0031]
        func classed(_ l: UInt16) -> UInt16 { l == 0 ? 0 : FirstWordFilter.classedTable[Int(l)] }
        for a in letters { for b in letters { for c in letters { for d in letters {
            let index = Int(classed(a) >> 11) << 9 | Int(classed(b) >> 11) << 6 | Int(classed(c) >> 11) << 3 | Int(classed(d) >> 11)
            #expect(UInt32(FirstWordFilter.startsTable[index]) == FirstWordFilter.readingStarts(a, b, c, d), "\([a, b, c, d])")
        } } } }
        for value in 0..<FirstWordFilter.tableSize {
            let letter = FirstWordFilter.foldTable[value], entry = FirstWordFilter.classedTable[value]
            switch letter {
            case FirstWordFilter.other: #expect(entry == FirstWordFilter.classedOther)
            case FirstWordFilter.dropped: #expect(entry == FirstWordFilter.classedDropped)
            default:
                #expect(entry & FirstWordFilter.letterMask == letter, "U+\(String(value, radix: 16))")
                #expect(entry < FirstWordFilter.classedDropped)
            }
        }
    }

    /// A word of more scalars than the filter reads always passes (it is never wrongly
    /// ruled out); one of as many letters as it reads is still judged by its readings.
    @Test func wordsBeyondTheLetterLimitPass() {
        #expect(Self.passes(String(repeating: "ت", count: FirstWordFilter.maxLetters + 1)))
        #expect(Self.passes("وال" + "بروتستانتية" + String(repeating: "\u{064E}", count: FirstWordFilter.maxLetters)))
        #expect(!Self.passes(String(repeating: "ت", count: FirstWordFilter.maxLetters)))
    }

    /// The fold table is read off the normaliser: for every scalar it keeps, the key of a
    /// word is the string of its folded letters.
    @Test func foldAgreesWithTheNormalizer() {
        for value in 0..<FirstWordFilter.tableSize {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            var letters = LetterBuffer()
            let scalars = [scalar]
            let folded = scalars.withUnsafeBufferPointer { FirstWordFilter.fold($0, 0..<1, into: &letters) }
            guard folded else { continue }
            let key = Normalizer.matching.key(String(scalar))
            let fromLetters = String(String.UnicodeScalarView((0..<letters.count).compactMap { Unicode.Scalar(UInt32(letters[$0])) }))
            #expect(key == fromLetters, "U+\(String(value, radix: 16))")
        }
    }

    /// Over every clitic and suffix combination of every glossary word, with and without
    /// a following word, the filtered matcher finds exactly what the unfiltered one finds.
    @Test func filterNeverChangesAMatch() {
        let prefixes = ["", "و", "ف", "ب", "ل", "ك", "وب", "فل", "ال", "وال", "بال", "لل", "ولل", "وبال", "كال"]
        let suffixes = ["", "ة", "ه", "ات", "ون", "ين", "ية", "يين", "ان", "تين", "تان", "ا", "s", "S"]
        var stems = Set<String>()
        for entry in Self.glossary {
            for word in entry.arabic.split(separator: " ") {
                stems.insert(String(word))
                if word.hasPrefix("ال") { stems.insert(String(word.dropFirst(2))) }
                if word.hasSuffix("ة") || word.hasSuffix("ي") { stems.insert(String(word.dropLast())) }
            }
        }
        let followers = ["", " الثوري", " الأمن", " قال"]
        let filtered = TermMatcher(index: Self.index), unfiltered = TermMatcher(index: Self.index, prefilter: false)
        var checked = 0
        for stem in stems.sorted() {
            for prefix in prefixes {
                for suffix in suffixes {
                    for follower in followers {
                        let text = "قال " + prefix + stem + suffix + follower + "."
                        #expect(filtered.matches(in: text) == unfiltered.matches(in: text), "\(text)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 10_000)
    }

    /// The seed article with the seed glossary: same matches with and without the filter.
    @Test func sameMatchesOnTheSeedArticle() throws {
        let index = TermIndex(entries: try Fixtures.seedGlossary())
        let text = try Fixtures.text("Examples/soleimani-moscow.ar.txt")
        let found = TermMatcher(index: index).matches(in: text)
        #expect(found == TermMatcher(index: index, prefilter: false).matches(in: text))
        #expect(found.count > 20)
    }
}
