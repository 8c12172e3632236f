import Testing
@testable import QamusCore

@Suite("Segmenters")
struct SegmenterTests {
    func sentences(_ text: String) -> [String] {
        DocumentSegmenter().segment(text).sentences.map(\.text)
    }

    /// Text and the sentences it must split into.
    static let cases: [(String, [String])] = [
        ("قال الوزير. ثم غادر.", ["قال الوزير.", "ثم غادر."]),
        ("هل زار موسكو؟ نعم زارها!", ["هل زار موسكو؟", "نعم زارها!"]),
        ("قال: “سافر الجنرال.” ثم غادر.", ["قال: “سافر الجنرال.”", "ثم غادر."]),
        ("قال (في بيان.) ثم غادر.", ["قال (في بيان.)", "ثم غادر."]),
        ("بلغ النمو 3.5 في المئة. وارتفع.", ["بلغ النمو 3.5 في المئة.", "وارتفع."]),
        ("قتل 1,300 شخص، وجرح آخرون.", ["قتل 1,300 شخص، وجرح آخرون."]),
        ("بلغ ١٫٥ مليون. ثم انخفض.", ["بلغ ١٫٥ مليون.", "ثم انخفض."]),
        ("صواريخ S-300S. ووصلت F-16 أمس.", ["صواريخ S-300S.", "ووصلت F-16 أمس."]),
        ("قال د. أحمد إن الوضع صعب.", ["قال د. أحمد إن الوضع صعب."]),
        ("كتب أحمد ز. أمين كتابا.", ["كتب أحمد ز. أمين كتابا."]),
        ("عاش عام 3300 ق.م تقريباً. ثم مات.", ["عاش عام 3300 ق.م تقريباً.", "ثم مات."]),
        ("ولد عام 1950 م. ثم هاجر.", ["ولد عام 1950 م.", "ثم هاجر."]),
        ("قال... ثم سكت.", ["قال... ثم سكت."]),
        ("انتظر… ثم قال.", ["انتظر… ثم قال."]),
        ("The U.S. Army said so. Then it left.", ["The U.S. Army said so.", "Then it left."]),
        ("عنوان بلا نقطة\nنص الخبر هنا.", ["عنوان بلا نقطة", "نص الخبر هنا."]),
        ("قال الوزير، ثم غادر: لا تعليق؛ انتهى.", ["قال الوزير، ثم غادر: لا تعليق؛ انتهى."]),
    ]

    @Test("sentences", arguments: cases)
    func splits(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test func paragraphsAreSeparatedByBlankLines() {
        let doc = DocumentSegmenter().segment("أولا.\n\n  \nثانيا. ثالثا.\r\n\r\nرابعا")
        #expect(doc.paragraphs.count == 3)
        #expect(doc.sentences.map(\.paragraph) == [0, 1, 1, 2])
        #expect(doc.sentences.map(\.text) == ["أولا.", "ثانيا.", "ثالثا.", "رابعا"])
    }

    @Test func sentenceRangesAreScalarOffsets() {
        let text = "أ ب.\n\nج د."
        let doc = DocumentSegmenter().segment(text)
        let scalars = Array(text.unicodeScalars)
        for s in doc.sentences {
            #expect(String(String.UnicodeScalarView(scalars[s.range])) == s.text)
        }
    }

    @Test func emptyAndBlankTextHaveNoSentences() {
        #expect(sentences("").isEmpty)
        #expect(sentences(" \n\n\t ").isEmpty)
    }

    /// Text and its tokens as (text, kind).
    static let tokenCases: [(String, [String])] = [
        ("وبالحرس الثوري،", ["وبالحرس:arabic", "الثوري:arabic", "،:punctuation"]),
        ("صواريخ S-300S و F-16", ["صواريخ:arabic", "S-300S:latin", "و:arabic", "F-16:latin"]),
        ("بين 1300-1500 قتيل", ["بين:arabic", "1300:number", "-:punctuation", "1500:number", "قتيل:arabic"]),
        ("3.5 و1,300 و١٫٥", ["3.5:number", "و:arabic", "1,300:number", "و:arabic", "١٫٥:number"]),
        ("٪50 $", ["٪:punctuation", "50:number", "$:symbol"]),
        ("الـرئيس مُحَمَّد", ["الـرئيس:arabic", "مُحَمَّد:arabic"]),
        ("Putin's al-Assad", ["Putin's:latin", "al-Assad:latin"]),
        ("“فارس”...", ["“:punctuation", "فارس:arabic", "”:punctuation", "...:punctuation"]),
    ]

    @Test("tokens", arguments: tokenCases)
    func tokens(text: String, expected: [String]) {
        #expect(WordTokenizer().tokenize(text).map { "\($0.text):\($0.kind.rawValue)" } == expected)
    }
}
