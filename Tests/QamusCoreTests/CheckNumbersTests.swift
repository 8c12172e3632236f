import Testing
@testable import QamusCore

@Suite struct CheckNumbersTests {
    static let cases: [(String, [String])] = [
        ("قتل 48 شخصا", ["48"]),
        ("قتل ٤٨ شخصا", ["48"]),
        ("قتل ۴۸ شخصا", ["48"]),
        ("بين 1300-1500 قتيل", ["1300", "1500"]),
        ("between 1,300 and 1,500 fighters", ["1300", "1500"]),
        ("١٬٣٠٠ مقاتل", ["1300"]),
        ("نمو ٣٫٥ بالمئة", ["3.5"]),
        ("عشرة في المئة", ["10"]),
        ("growth of 3.50 percent", ["3.5"]),
        ("1,000,000 people", ["1000000"]),
        ("1.000.000 شخص", ["1000000"]),
        ("1,300.5 and 2,5", ["1300.5", "2.5"]),
        ("a 48-hour visit to Moscow.", ["48"]),
        ("S-300 missiles", ["300"]),
        ("the year 2015.", ["2015"]),
        ("007", ["7"]),
        ("عن ثلاثة مصادر", ["3"]),
        ("وثلاثة مصادر وبثلاث طائرات", ["3", "3"]),
        ("خمس سنوات من الحرب", ["5"]),
        ("ثلاثة عشر قتيلا", ["13"]),
        ("أحد عشر لاعبا", ["11"]),
        ("خمسة وعشرون جنديا", ["25"]),
        ("ثلاثمائة جندي", ["300"]),
        ("three sources and twenty-five soldiers", ["3", "25"]),
        ("two hundred men", ["200"]),
        ("لقد فقدت ثلث قوتها", []),
        ("a third of its strength", ["3"]), // an ordinal: evidence only, never required
        ("من 6:30 إلى 10:00 صباحاً", ["6.3", "10"]),
        ("(6.30-10am)", ["6.3", "10"]),
        ("a ratio of 3:1", ["3", "1"]),
        ("الصف الرابع والثامن", ["4", "8"]),
        ("الرئيس الخامس والأربعين", ["45"]),
        ("لم تتجاوز العشرين من عمرها", ["20"]),
        ("صور من السبعينيات", ["1970"]),
        ("the fourth grade", ["4"]),
        ("ثمانية وعشرون رجلاً", ["28"]),
        ("twenty eight men", ["28"]),
        ("ألبوم وايلد وست", []),
        ("في فلميه", []),
    ]

    static let alternatives: [(String, [String])] = [
        ("نحو 168 ألف نسمة", ["168", "168000"]),
        ("1.5 million people", ["1.5", "1500000"]),
        ("$221bn", ["221", "221000000000"]),
        ("٣٫٥ مليار", ["3.5", "3500000000"]),
        ("أغنية من الستينيات", ["1960", "60"]),
    ]

    @Test(arguments: alternatives)
    func scaleWordsAndDecadesGiveAlternatives(_ text: String, _ values: [String]) {
        #expect(NumberExtractor().numbers(in: text).first?.values == values, "\(text)")
    }

    @Test func cardinalWithTheArticleIsOrdinalEvidence() {
        let n = NumberExtractor().numbers(in: "القرن العشرين")
        #expect(n.map(\.value) == ["20"] && n.first?.form == .ordinal)
    }

    @Test(arguments: cases)
    func extractsCanonicalValues(_ text: String, _ values: [String]) {
        #expect(NumberExtractor().numbers(in: text).map(\.value) == values, "\(text)")
    }

    @Test func offsetsAreScalarOffsetsIntoTheText() {
        let text = "قتل ٤٨ شخصا"
        let n = NumberExtractor().numbers(in: text)
        #expect(n.count == 1)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[n[0].range])) == "٤٨")
        #expect(n[0].form == .digits)
        #expect(NumberExtractor().numbers(in: "three")[0].form == .word)
        #expect(NumberExtractor().numbers(in: "الرابع")[0].form == .ordinal)
    }
}
