/// `missing-translation`: a source sentence that no target sentence translates
/// (a 1–0 bead in the alignment, or an empty target in a bilingual file).
public struct MissingTranslationCheck: Check {
    public let id = "missing-translation"
    public let severity = Severity.error
    public let scope = CheckScope.translation
    public let summary = "A source sentence with nothing aligned in the translation."

    public init() {}

    public var examples: [CheckExample] {
        let source = [
            "زار قاسم سليماني موسكو يوم الخميس في زيارة لم يعلن عنها.",
            "ونفى الكرملين اللقاء في بيان رسمي صدر صباح الجمعة.",
            "وقالت رويترز إن ثلاثة مصادر أكدت الزيارة.",
            "وتسعى إسرائيل منذ وقت طويل لمنع بيع الصواريخ لإيران.",
        ]
        let target = [
            "Qassem Soleimani visited Moscow on Thursday on an unannounced trip.",
            "The Kremlin denied the meeting in an official statement on Friday morning.",
            "Reuters said three sources had confirmed the visit.",
            "Israel has long sought to block any sale of the missiles to Iran.",
        ]
        let glossary = [
            GlossaryEntry(arabic: "رويترز", english: "Reuters"), GlossaryEntry(arabic: "موسكو", english: "Moscow"),
            GlossaryEntry(arabic: "الكرملين", english: "Kremlin"), GlossaryEntry(arabic: "إسرائيل", english: "Israel"),
            GlossaryEntry(arabic: "قاسم سليماني", english: "Qassem Soleimani"),
        ]
        return [
            CheckExample(source: source.joined(separator: "\n\n"),
                         target: [target[0], target[2], target[3]].joined(separator: "\n\n"),
                         glossary: glossary, triggers: true, note: "the Kremlin sentence was skipped"),
            CheckExample(source: source.joined(separator: "\n\n"), target: target.joined(separator: "\n\n"),
                         glossary: glossary, triggers: false, note: "every sentence translated"),
            CheckExample(source: source[0] + " " + source[1], target: target[0] + " " + target[1],
                         glossary: glossary, triggers: false, note: "one paragraph, two sentences each"),
        ]
    }

    public func run(_ context: CheckContext) -> [Finding] {
        guard let target = context.target else { return [] }
        var findings: [Finding] = []
        for pair in context.alignment where !pair.source.isEmpty {
            let empty = pair.target.allSatisfy { target.indices.contains($0) && target[$0].allSatisfy(\.isWhitespace) }
            guard pair.target.isEmpty || empty else { continue }
            for s in pair.source {
                let text = context.source[s]
                let preview = text.unicodeScalars.count > 60 ? ArabicWordForms.string(text.unicodeScalars.prefix(60)) + "…" : text
                findings.append(Finding(
                    check: id, severity: severity, message: "no translation for source sentence \(s + 1): \(preview)",
                    sourceSentences: [s], targetSentences: pair.target,
                    spans: [FindingSpan(side: .source, sentence: s, range: 0..<text.unicodeScalars.count)]))
            }
        }
        return findings
    }
}
