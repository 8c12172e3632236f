/// `hamza-wasl`: hamza written on a connecting alef — الإجتماع for الاجتماع ("the
/// meeting"), إستخدام for استخدام ("use"), بإسم for باسم ("in the name of").
///
/// Uses the closed list in `HamzaWaslRules` (forms VII, VIII, X and اسم، ابن، امرأة،
/// اثنان…), so Form IV nouns such as إعلان ("announcement") are left alone.
public struct HamzaWaslCheck: Check {
    public let id = "hamza-wasl"
    public let severity = Severity.warning
    public let scope = CheckScope.source
    public let summary = "Hamza written on a connecting alef (الإجتماع → الاجتماع)."

    public init() {}

    public var examples: [CheckExample] {
        [
            CheckExample(source: "عقد الإجتماع في طهران.", triggers: true, note: "form VIII verbal noun with the article"),
            CheckExample(source: "قال متحدث بإسم الكرملين.", triggers: true, note: "اسم after the preposition ب"),
            CheckExample(source: "تم إستخدام الصواريخ.", triggers: true, note: "form X verbal noun"),
            CheckExample(source: "وقد إنسحب الجيش.", triggers: true, note: "form VII perfect verb"),
            CheckExample(source: "ثم إجتمعوا في موسكو.", triggers: true, note: "form VIII perfect with a subject suffix"),
            CheckExample(source: "نشر على الإنترنت.", triggers: false, note: "a loanword that fits the pattern"),
            CheckExample(source: "عقد الاجتماع باسم الحكومة.", triggers: false, note: "correct connecting alefs"),
            CheckExample(source: "أعلن إنتاج إسلام إيران إعلان إرسال إنقاذ إتمام.", triggers: false,
                         note: "form IV nouns and names keep their hamza"),
        ]
    }

    public func run(_ context: CheckContext) -> [Finding] {
        var byWord: [String: (fix: String, sentences: [Int], spans: [FindingSpan])] = [:]
        var order: [String] = []
        let tokenizer = WordTokenizer()
        for (s, sentence) in context.source.enumerated() {
            let scalars = Array(sentence.unicodeScalars)
            for token in tokenizer.tokenize(scalars: scalars, in: 0..<scalars.count) where token.kind == .arabic {
                let word = ArabicWordForms.orthographic.normalize(scalars: Array(scalars[token.range])).scalars
                guard let fix = correction(of: word) else { continue }
                let key = ArabicWordForms.string(word)
                if byWord[key] == nil { order.append(key); byWord[key] = (ArabicWordForms.string(fix), [], []) }
                if byWord[key]?.sentences.last != s { byWord[key]?.sentences.append(s) }
                byWord[key]?.spans.append(FindingSpan(side: .source, sentence: s, range: token.range))
            }
        }
        return order.compactMap { word in
            guard let item = byWord[word] else { return nil }
            return Finding(
                check: id, severity: severity,
                message: "\(word): hamza on a connecting alef; write \(item.fix)",
                forms: [FindingForm(text: word, count: item.spans.count, sentences: item.sentences)],
                sourceSentences: item.sentences, spans: item.spans, suggestion: item.fix)
        }
    }

    /// The whole word corrected, if one of its stems is on the list.
    func correction(of word: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        for start in ArabicWordForms.stemStarts(word) {
            if let fixed = HamzaWaslRules.correction(of: Array(word[start.offset...])) {
                return Array(word[..<start.offset]) + fixed
            }
        }
        return nil
    }
}
