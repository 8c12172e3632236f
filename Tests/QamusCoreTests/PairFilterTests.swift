import Testing
@testable import QamusCore

@Suite("PairFilter")
struct PairFilterTests {
    /// Multi-word forms of every shape the pair lookup knows: plain pairs, three words,
    /// and two-word forms whose last word inflects (sound plural, nisba, teh marbuta).
    static let glossary: [GlossaryEntry] = [
        GlossaryEntry(id: 1, arabic: "الحرس الثوري", english: "Revolutionary Guard Corps", type: "organization"),
        GlossaryEntry(id: 2, arabic: "الحرس الثوري الإيراني", english: "IRGC", type: "organization"),
        GlossaryEntry(id: 3, arabic: "جماعة الحوثيون", english: "the Houthi group", type: "organization"),
        GlossaryEntry(id: 4, arabic: "الخليج العربي", english: "Arab Gulf", type: "term"),
        GlossaryEntry(id: 5, arabic: "لجنة المفاوضة", english: "negotiating committee", type: "term"),
        GlossaryEntry(id: 6, arabic: "وكالة فارس", english: "Fars agency", type: "organization"),
        GlossaryEntry(id: 7, arabic: "بوتين", english: "Putin", type: "person"),
    ]
    static let index = TermIndex(entries: glossary)

    /// Whether `second` passes after a first word whose key is `first`.
    static func follows(_ first: String, _ second: String) -> Bool {
        let scalars = Array(second.unicodeScalars)
        return scalars.withUnsafeBufferPointer {
            index.pairFilter.mayFollow(PairFilter.firstHash(of: first), $0, 0..<scalars.count, stems: index.hasInflectedPairs)
        }
    }

    /// Second words that complete a form, as written and inflected, must pass.
    @Test("passes second words that complete a form", arguments: [
        ("الحرس", "الثوري"), ("الحرس", "الثورى"), ("الحرس", "الثَّوري"), ("جماعه", "الحوثيين"), ("جماعه", "الحوثيون"),
        ("الخليج", "العربيه"), ("الخليج", "العربيين"), ("لجنه", "المفاوضات"), ("لجنه", "المفاوضة"), ("وكاله", "فارس"),
    ])
    func passesSecondWords(first: String, second: String) {
        #expect(Self.follows(first, second), "\(first) \(second)")
    }

    /// Words that complete nothing after this first word are ruled out without a lookup.
    @Test("rules out other second words", arguments: [
        ("الحرس", "قال"), ("الحرس", "العربي"), ("الخليج", "الثوري"), ("وكاله", "الانباء"), ("لجنه", "2024"), ("بوتين", "الثوري"),
    ])
    func rulesOutOtherWords(first: String, second: String) {
        #expect(!Self.follows(first, second), "\(first) \(second)")
    }

    @Test("lets through what it cannot read", arguments: ["", "ـ", "Straße", String(repeating: "ب", count: 40)])
    func letsThroughWhatItCannotRead(second: String) {
        #expect(Self.follows("الحرس", second))
    }

    @Test func aGlossaryWithoutMultiWordFormsLetsEverythingThrough() {
        let index = TermIndex(entries: [GlossaryEntry(id: 1, arabic: "بوتين", english: "Putin", type: "person")])
        let scalars = Array("قال".unicodeScalars)
        #expect(scalars.withUnsafeBufferPointer {
            index.pairFilter.mayFollow(PairFilter.firstHash(of: "بوتين"), $0, 0..<scalars.count, stems: false)
        })
    }

    /// Over clitics on the first word, suffixes on the second and a third word, the matcher
    /// with the filters finds exactly what the matcher without them finds, and the test
    /// does reach multi-word matches through inflected second words.
    @Test func filterNeverChangesAMatch() {
        let prefixes = ["", "و", "ب", "ل", "وب", "ال", "بال", "لل", "وبال"]
        let firsts = ["الحرس", "حرس", "جماعة", "الخليج", "لجنة", "وكالة", "بوتين", "قال"]
        let seconds = ["الثوري", "العربي", "الحوثي", "المفاوض", "فارس", "قال", "الأمن"]
        let suffixes = ["", "ة", "ه", "ات", "ون", "ين", "ية", "يين", "ان", "ا"]
        let thirds = ["", " الإيراني", " الإيرانية", " قال"]
        let filtered = TermMatcher(index: Self.index), unfiltered = TermMatcher(index: Self.index, prefilter: false)
        var checked = 0, inflectedPairs = 0
        for prefix in prefixes {
            for first in firsts {
                for second in seconds {
                    for suffix in suffixes {
                        for third in thirds {
                            let text = "قال " + prefix + first + " " + second + suffix + third + "."
                            let found = filtered.matches(in: text)
                            #expect(found == unfiltered.matches(in: text), "\(text)")
                            if !suffix.isEmpty, found.contains(where: { $0.tokenRange.count >= 2 }) { inflectedPairs += 1 }
                            checked += 1
                        }
                    }
                }
            }
        }
        #expect(checked > 10_000)
        #expect(inflectedPairs > 100)
    }
}
