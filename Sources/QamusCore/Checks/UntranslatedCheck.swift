/// `untranslated`: Arabic script left in the English target.
public struct UntranslatedCheck: Check {
    public let id = "untranslated"
    public let severity = Severity.error
    public let scope = CheckScope.translation
    public let summary = "Arabic script left in the translation."

    public init() {}

    public var examples: [CheckExample] {
        [
            CheckExample(source: "زار سليماني موسكو.", target: "Soleimani visited موسكو.", triggers: true,
                         note: "a word copied from the source"),
            CheckExample(source: "زار سليماني موسكو.", target: "Soleimani visited Moscow.", triggers: false,
                         note: "fully English"),
        ]
    }

    public func run(_ context: CheckContext) -> [Finding] {
        guard let target = context.target else { return [] }
        var findings: [Finding] = []
        let tokenizer = WordTokenizer()
        for (t, sentence) in target.enumerated() {
            let scalars = Array(sentence.unicodeScalars)
            let arabic = tokenizer.tokenize(scalars: scalars, in: 0..<scalars.count).filter { $0.kind == .arabic }
            guard !arabic.isEmpty else { continue }
            let words = arabic.map(\.text)
            let sources = context.bead(ofTarget: t).map { context.alignment[$0].source } ?? []
            findings.append(Finding(
                check: id, severity: severity,
                message: "Arabic left untranslated: \(words.joined(separator: " "))",
                sourceSentences: sources, targetSentences: [t],
                spans: arabic.map { FindingSpan(side: .target, sentence: t, range: $0.range) }))
        }
        return findings
    }
}
