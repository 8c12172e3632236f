/// `term-mismatch`: a glossary entry in a source sentence whose aligned translation
/// has neither its English nor an admitted variant, or uses a rendering the glossary
/// marks deprecated (flagged even when the preferred one is there too).
///
/// English inflection is tolerated: "Hezbollah's", "S-300s", "Russian-made".
public struct TermMismatchCheck: Check {
    public let id = "term-mismatch"
    public let severity = Severity.error
    public let scope = CheckScope.translation
    public let summary = "Glossary term not rendered as the glossary says (or rendered with a deprecated form)."

    public init() {}

    public var examples: [CheckExample] {
        let putin = GlossaryEntry(arabic: "بوتين", english: "Putin", type: "person")
        let hezbollah = GlossaryEntry(arabic: "حزب الله", english: "Hezbollah", type: "organization",
                                      variants: ["Hizbollah"], deprecated: ["Hizbullah"])
        let russian = GlossaryEntry(arabic: "روسي", english: "Russian")
        return [
            CheckExample(source: "التقى بوتين سليماني.", target: "The president met Soleimani.",
                         glossary: [putin], triggers: true, note: "Putin missing from the translation"),
            CheckExample(source: "وقال حزب الله إنه فقد مقاتلين.", target: "Hizbullah said it had lost fighters.",
                         glossary: [hezbollah], triggers: true, note: "a deprecated rendering"),
            CheckExample(source: "والتقى بوتين سليماني.", target: "And Putin met Soleimani.",
                         glossary: [putin], triggers: false, note: "term through the clitic و"),
            CheckExample(source: "وقال مقاتلو حزب الله إنهم مستعدون.", target: "Hezbollah's fighters said they were ready.",
                         glossary: [hezbollah], triggers: false, note: "possessive 's"),
            CheckExample(source: "صواريخ روسية الصنع.", target: "Russian-made missiles.",
                         glossary: [russian], triggers: false, note: "hyphenated compound"),
            CheckExample(source: "وقال حزب الله إنه فقد مقاتلين.", target: "Hizbollah said it had lost fighters.",
                         glossary: [hezbollah], triggers: false, note: "an admitted variant"),
        ]
    }

    public func run(_ context: CheckContext) -> [Finding] {
        guard let target = context.target else { return [] }
        let locator = context.locator
        var prepared: [Int: EnglishTermLocator.Prepared] = [:]
        var findings: [Finding] = []
        for (s, terms) in context.sourceTerms.enumerated() where !terms.isEmpty {
            let targets = context.targets(ofSource: s).filter { target.indices.contains($0) }
            if targets.isEmpty { continue }
            for t in targets where prepared[t] == nil { prepared[t] = locator.prepare(target[t]) }
            var seen = Set<GlossaryEntry>()
            for term in terms where seen.insert(term.entry).inserted {
                let entry = term.entry
                let accepted = [entry.english] + entry.variants
                var acceptedRanges: [Int: [Range<Int>]] = [:]
                for t in targets {
                    guard let p = prepared[t] else { continue }
                    acceptedRanges[t] = accepted.flatMap { locator.ranges(of: $0, in: p) }
                }
                let span = FindingSpan(side: .source, sentence: s, range: term.range)
                if acceptedRanges.values.allSatisfy(\.isEmpty) {
                    findings.append(Finding(
                        check: id, severity: severity,
                        message: "\(term.surface) → glossary \"\(entry.english)\" not found in the translation",
                        sourceSentences: [s], targetSentences: targets, spans: [span], suggestion: entry.english))
                }
                for bad in entry.deprecated where !bad.isEmpty {
                    for t in targets {
                        guard let p = prepared[t] else { continue }
                        let hits = locator.ranges(of: bad, in: p).filter { hit in
                            !(acceptedRanges[t] ?? []).contains { $0.lowerBound <= hit.lowerBound && hit.upperBound <= $0.upperBound }
                        }
                        guard !hits.isEmpty else { continue }
                        findings.append(Finding(
                            check: id, severity: severity,
                            message: "\(term.surface) rendered \"\(bad)\", which the glossary marks deprecated; use \"\(entry.english)\"",
                            forms: [FindingForm(text: bad, count: hits.count, sentences: [t])],
                            sourceSentences: [s], targetSentences: [t],
                            spans: [span] + hits.map { FindingSpan(side: .target, sentence: t, range: $0) },
                            suggestion: entry.english))
                    }
                }
            }
        }
        return findings
    }
}
