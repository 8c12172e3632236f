/// `number-mismatch`: a number in a source sentence missing from its aligned
/// translation, or a number in the translation that the source does not have.
///
/// Values are compared after `NumberExtractor` normalisation: ١٣٠٠ = 1,300, ٣٫٥ = 3.5,
/// the range 1300-1500 = "between 1,300 and 1,500", ثلاثة ("three") = three = 3.
/// English number words, ordinals (الرابع "the fourth") and decades (السبعينيات "the
/// 1970s") only ever confirm a number on the other side; a target 1 or 2 in digits may
/// stand for an Arabic singular or dual.
public struct NumberMismatchCheck: Check {
    public let id = "number-mismatch"
    public let severity = Severity.error
    public let scope = CheckScope.translation
    public let summary = "Numbers differ between a sentence and its translation."

    public init() {}

    public var examples: [CheckExample] {
        [
            CheckExample(source: "قتل 48 شخصا.", target: "45 people were killed.", triggers: true, note: "changed number"),
            CheckExample(source: "نقلت عن ثلاثة مصادر.", target: "It cited two sources.", triggers: true, note: "number word changed"),
            CheckExample(source: "قتل ١٬٢٠٠ شخص.", target: "About 1,300 people were killed.", triggers: true,
                         note: "Arabic-Indic digits with ٬ compared as 1200"),
            CheckExample(source: "فقد بين 1300-1500 مقاتل.", target: "It lost between 1,300 and 1,500 fighters.",
                         triggers: false, note: "range and thousands separators"),
            CheckExample(source: "بلغ النمو ٣٫٥ بالمئة.", target: "Growth reached 3.5 percent.", triggers: false,
                         note: "Arabic decimal separator"),
            CheckExample(source: "نقلت عن ثلاثة مصادر.", target: "It cited three sources.", triggers: false,
                         note: "ثلاثة = three"),
            CheckExample(source: "زار موسكو لمدة 48 ساعة.", target: "He made a 48-hour visit to Moscow.", triggers: false,
                         note: "number inside a compound"),
        ]
    }

    public func run(_ context: CheckContext) -> [Finding] {
        guard context.target != nil else { return [] }
        var findings: [Finding] = []
        for pair in context.alignment where !pair.source.isEmpty && !pair.target.isEmpty {
            let sourceMentions = pair.source.flatMap { s in context.sourceNumbers[s].map { (s, $0) } }
            let targetMentions = pair.target.flatMap { t in context.targetNumbers[safe: t]?.map { (t, $0) } ?? [] }
            let sourceValues = Set(sourceMentions.flatMap(\.1.values))
            let targetValues = Set(targetMentions.flatMap(\.1.values))
            let missing = sourceMentions.filter { isRequired($0.1, arabic: true) && !$0.1.values.contains(where: targetValues.contains) }
            let extra = targetMentions.filter { isRequired($0.1, arabic: false) && !$0.1.values.contains(where: sourceValues.contains) }
            if missing.isEmpty && extra.isEmpty { continue }
            var parts: [String] = []
            if !missing.isEmpty { parts.append("source has \(Self.list(missing.map(\.1))) not in the translation") }
            if !extra.isEmpty { parts.append("translation has \(Self.list(extra.map(\.1))) not in the source") }
            let spans = missing.map { FindingSpan(side: .source, sentence: $0.0, range: $0.1.range) }
                + extra.map { FindingSpan(side: .target, sentence: $0.0, range: $0.1.range) }
            let forms = (missing.map { ($0.1, $0.0) } + extra.map { ($0.1, $0.0) }).map {
                FindingForm(text: $0.0.surface, count: 1, sentences: [$0.1])
            }
            findings.append(Finding(
                check: id, severity: severity, message: "numbers differ: " + parts.joined(separator: "; "),
                forms: forms, sourceSentences: pair.source, targetSentences: pair.target, spans: spans))
        }
        return findings
    }

    /// Whether the other side must show this number. Arabic says 1 and 2 with the
    /// singular and dual (درجتين "two degrees"), so a target 1 or 2 is never required;
    /// ordinals and decades only ever confirm; ألف is also the verb "wrote".
    private func isRequired(_ n: NumberMention, arabic: Bool) -> Bool {
        switch n.form {
        case .digits: return arabic || (n.value != "1" && n.value != "2")
        case .word: return arabic && !["1", "2", "1000"].contains(n.value)
        case .ordinal: return false
        }
    }

    private static func list(_ mentions: [NumberMention]) -> String {
        mentions.map { $0.surface == $0.value ? $0.value : "\($0.surface) (\($0.value))" }.joined(separator: ", ")
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
