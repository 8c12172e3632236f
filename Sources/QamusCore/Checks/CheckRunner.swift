/// What to check: a source, optionally its translation, and the glossary.
public struct CheckInput: Sendable {
    /// Source sentences (Arabic).
    public var source: [String]
    /// Target sentences (English), if a translation is checked.
    public var target: [String]?
    /// The alignment, when the input pairs sentences already (a bilingual XLIFF file);
    /// nil to align by length and anchors.
    public var alignment: [AlignmentPair]?

    public init(source: [String], target: [String]? = nil, alignment: [AlignmentPair]? = nil) {
        self.source = source
        self.target = target
        self.alignment = alignment
    }

    /// Segments plain texts into sentences (blank lines separate paragraphs).
    public init(sourceText: String, targetText: String? = nil) {
        let segmenter = DocumentSegmenter()
        source = segmenter.segment(sourceText).sentences.map(\.text)
        target = targetText.map { segmenter.segment($0).sentences.map(\.text) }
        alignment = nil
    }
}

/// The outcome of a check run: findings plus what the reports display.
public struct CheckReport: Sendable {
    public var findings: [Finding]
    public var context: CheckContext

    /// Whether any finding is an error (or, when `strict`, whether there is any finding).
    public func fails(strict: Bool) -> Bool {
        strict ? !findings.isEmpty : findings.contains { $0.severity == .error }
    }
}

/// Prepares a `CheckContext` (glossary matches, numbers, alignment) and runs the checks.
public struct CheckRunner {
    public var checks: [any Check]
    public var glossary: [GlossaryEntry]
    public var termFinder: any SourceTermFinding
    public var aligner: SentenceAligner

    /// `termFinder` defaults to a `TermMatcher` over `glossary`.
    public init(
        glossary: [GlossaryEntry], termFinder: (any SourceTermFinding)? = nil,
        checks: [any Check] = CheckRegistry.all, aligner: SentenceAligner = SentenceAligner()
    ) {
        self.glossary = glossary
        self.termFinder = termFinder ?? TermMatcher(index: TermIndex(entries: glossary))
        self.checks = checks
        self.aligner = aligner
    }

    /// Runs every check that applies (translation checks only with a target).
    public func run(_ input: CheckInput) -> CheckReport {
        let context = prepare(input)
        var findings: [Finding] = []
        for check in checks where check.scope == .source || input.target != nil {
            findings += check.run(context)
        }
        findings.sort { a, b in
            (a.sourceSentences.first ?? a.targetSentences.first ?? -1, a.check)
                < (b.sourceSentences.first ?? b.targetSentences.first ?? -1, b.check)
        }
        return CheckReport(findings: findings, context: context)
    }

    /// Builds the context: glossary matches, numbers, and the alignment.
    public func prepare(_ input: CheckInput) -> CheckContext {
        let extractor = NumberExtractor()
        let sourceTerms = input.source.map { termFinder.terms(in: $0) }
        let sourceNumbers = input.source.map { extractor.numbers(in: $0) }
        let targetNumbers = input.target.map { $0.map { extractor.numbers(in: $0) } } ?? []
        var alignment: [AlignmentPair] = []
        if let target = input.target {
            alignment = input.alignment ?? align(input.source, target, sourceTerms, sourceNumbers, targetNumbers)
        }
        return CheckContext(
            source: input.source, target: input.target, glossary: glossary, sourceTerms: sourceTerms,
            sourceNumbers: sourceNumbers, targetNumbers: targetNumbers, alignment: alignment)
    }

    /// Aligns by length with anchors: an entry whose English appears in a target sentence,
    /// and a number value written on both sides.
    private func align(
        _ source: [String], _ target: [String], _ terms: [[SourceTerm]],
        _ sourceNumbers: [[NumberMention]], _ targetNumbers: [[NumberMention]]
    ) -> [AlignmentPair] {
        var ids: [String: Int] = [:]
        func id(_ key: String) -> Int {
            if let i = ids[key] { return i }
            ids[key] = ids.count
            return ids.count - 1
        }
        // One anchor per number, whichever of its values (168 = 168000 before ألف) the other side writes.
        func numberID(_ n: NumberMention) -> Int {
            let a = n.values.lazy.compactMap { ids["n:" + $0] }.first ?? id("n:" + n.value)
            for v in n.values where ids["n:" + v] == nil { ids["n:" + v] = a }
            return a
        }
        var sourceAnchors: [[Int]] = []
        var englishForms: [Int: [[Unicode.Scalar]]] = [:]
        let locator = EnglishTermLocator()
        for (s, sentenceTerms) in terms.enumerated() {
            var anchors = Set<Int>()
            for term in sentenceTerms {
                let a = id("t:" + term.entry.english)
                anchors.insert(a)
                if englishForms[a] == nil {
                    englishForms[a] = ([term.entry.english] + term.entry.variants).map(locator.fold)
                }
            }
            for n in sourceNumbers[s] where n.form != .ordinal { anchors.insert(numberID(n)) }
            sourceAnchors.append(Array(anchors))
        }
        var targetAnchors: [[Int]] = []
        for (t, sentence) in target.enumerated() {
            let prepared = locator.prepare(sentence)
            var anchors = Set<Int>()
            for (a, forms) in englishForms where forms.contains(where: { !locator.ranges(ofFolded: $0, in: prepared, first: true).isEmpty }) {
                anchors.insert(a)
            }
            for n in targetNumbers[t] where n.form != .ordinal { anchors.insert(numberID(n)) }
            targetAnchors.append(Array(anchors))
        }
        let length = { (s: String) in s.unicodeScalars.count }
        return aligner.align(
            source: .init(lengths: source.map(length), anchors: sourceAnchors),
            target: .init(lengths: target.map(length), anchors: targetAnchors))
    }
}
