import Testing
@testable import QamusCore

@Suite("Normalizer")
struct NormalizerTests {
    /// Input, matching key, and what the case shows.
    static let keys: [(String, String, String)] = [
        ("إيران", "ايران", "hamza below alef"),
        ("أحمد", "احمد", "hamza above alef"),
        ("آية", "ايه", "madda alef, teh marbuta"),
        ("ٱلله", "الله", "alef wasla"),
        ("السيسى", "السيسي", "alef maqsura"),
        ("مسؤول", "مسوول", "waw hamza"),
        ("مسئول", "مسيول", "yeh hamza"),
        ("كَتَبَ", "كتب", "harakat"),
        ("مُحَمَّدٌ", "محمد", "shadda and tanwin"),
        ("هٰذا", "هذا", "superscript alef"),
        ("الـرئيـس", "الرييس", "tatweel (and ئ folded)"),
        ("ﺑﻮﺗﻴﻦ", "بوتين", "presentation forms"),
        ("ﻻ", "لا", "lam-alef ligature"),
        ("ﷲ", "الله", "Allah ligature"),
        ("١٢٣", "123", "Arabic-Indic digits"),
        ("۱۲۳", "123", "Persian digits"),
        ("١٫٥", "1.5", "Arabic decimal separator"),
        ("١٬٣٠٠", "1,300", "Arabic thousands separator"),
        ("کتاب", "كتاب", "Persian kaf"),
        ("ایران", "ايران", "Persian yeh"),
        ("بو\u{200C}تين", "بوتين", "zero-width non-joiner"),
        ("\u{202B}بوتين\u{202C}", "بوتين", "bidi embedding"),
        ("\u{200F}سليماني", "سليماني", "right-to-left mark"),
        ("S-300", "s-300", "Latin case"),
        ("Erdoğan", "erdogan", "Latin diacritics"),
        ("ＡＢＣ", "abc", "full-width Latin"),
        ("ﹶ", "", "isolated fatha (NFKC: space + fatha): no space in a key"),
        ("بﹶوتين", "بوتين", "isolated fatha inside a word"),
        ("ﷺ", "صلياللهعليهوسلم", "phrase ligature: one word, one key"),
        ("\u{00A0}", " ", "no-break space stays a space"),
        ("", "", "empty"),
    ]

    @Test("matching keys", arguments: keys)
    func matchingKey(input: String, expected: String, _ why: String) {
        #expect(Normalizer.matching.key(input) == expected, "\(why)")
    }

    @Test func optionsAreIndependent() {
        #expect(Normalizer([.removeDiacritics]).key("إِيرَان") == "إيران")
        #expect(Normalizer([.unifyAlef]).key("إِيرَان") == "اِيرَان")
        #expect(Normalizer([.tehMarbutaToHeh]).key("مدينة") == "مدينه")
        #expect(Normalizer(.orthographic).key("مدينةٌ") == "مدينة")
        #expect(Normalizer(.orthographic).key("مسؤول") == "مسؤول")
    }

    @Test func offsetsMapBackToTheSource() {
        let text = "قال ﺑﻮﺗﻴﻦ الـرئيس"
        let n = Normalizer.matching.normalize(text)
        #expect(n.string == "قال بوتين الرييس")
        // "بوتين" is normalised scalars 4..<9; in the source it is the presentation forms 4..<9.
        #expect(n.sourceRange(for: 4..<9) == 4..<9)
        // "الرييس" (10..<16) comes from "الـرئيس" (10..<17): the tatweel is inside the range.
        #expect(n.sourceRange(for: 10..<16) == 10..<17)
    }

    @Test func expansionsMapToTheWholeSourceScalar() {
        let n = Normalizer.matching.normalize("ﻻ")
        #expect(n.string == "لا")
        #expect(n.sourceRange(for: 0..<1) == 0..<1)
        #expect(n.sourceRange(for: 1..<2) == 0..<1)
        #expect(n.sourceRange(for: 0..<2) == 0..<1)
    }
}
