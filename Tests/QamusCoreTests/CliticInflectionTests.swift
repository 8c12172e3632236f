import Testing
@testable import QamusCore

/// `InflectionAnalyzer`: the base words a stem may inflect.
@Suite struct CliticInflectionTests {
    let analyzer = InflectionAnalyzer()

    static let cases: [(stem: String, base: String, suffix: String, article: Bool)] = [
        ("الإيرانية", "إيراني", "ة", true),     // the Iranian (f.)
        ("الإيرانية", "إيران", "ية", true),
        ("إيرانيين", "إيراني", "ين", false),    // Iranians
        ("الحوثيون", "حوثي", "ون", true),       // the Houthis
        ("الحوثيين", "حوثي", "ين", true),
        ("مفاوضات", "مفاوضة", "ات", false),     // negotiations
        ("القوات", "قوة", "ات", true),          // the forces
        ("الدولتين", "دولة", "تين", true),      // the two states
    ]

    @Test(arguments: cases)
    func findsBase(stem: String, base: String, suffix: String, article: Bool) {
        #expect(analyzer.splits(of: stem).contains(InflectionSplit(base: base, suffix: suffix, hasArticle: article)))
    }

    @Test func unsuffixedReadingComesFirst() {
        let splits = analyzer.splits(of: "الحكومة")
        #expect(splits.first == InflectionSplit(base: "حكومة", suffix: "", hasArticle: true))
        #expect(splits.contains(InflectionSplit(base: "الحكومة", suffix: "", hasArticle: false)))
    }

    @Test func shortWordsKeepTwoLetters() {
        #expect(analyzer.splits(of: "ية").allSatisfy { $0.suffix.isEmpty })
        #expect(analyzer.splits(of: "").count == 1)
    }
}
