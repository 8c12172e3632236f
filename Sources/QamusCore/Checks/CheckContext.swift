/// Everything the checks read, prepared once: sentences on both sides, glossary
/// matches and numbers per sentence, and the sentence alignment.
public struct CheckContext: Sendable {
    /// Source sentences (Arabic), in order.
    public let source: [String]
    /// Target sentences (English), or nil when checking the source alone.
    public let target: [String]?
    /// The glossary the checks consult.
    public let glossary: [GlossaryEntry]
    /// Glossary matches per source sentence.
    public let sourceTerms: [[SourceTerm]]
    /// Numbers per source sentence.
    public let sourceNumbers: [[NumberMention]]
    /// Numbers per target sentence (empty without a target).
    public let targetNumbers: [[NumberMention]]
    /// Source↔target alignment beads (empty without a target).
    public let alignment: [AlignmentPair]
    /// Finds English glossary renderings in target sentences.
    public let locator: EnglishTermLocator

    /// For each source sentence, the bead holding it.
    private let beadOfSource: [Int]
    /// For each target sentence, the bead holding it.
    private let beadOfTarget: [Int]

    public init(
        source: [String], target: [String]?, glossary: [GlossaryEntry], sourceTerms: [[SourceTerm]],
        sourceNumbers: [[NumberMention]], targetNumbers: [[NumberMention]], alignment: [AlignmentPair]
    ) {
        self.source = source
        self.target = target
        self.glossary = glossary
        self.sourceTerms = sourceTerms
        self.sourceNumbers = sourceNumbers
        self.targetNumbers = targetNumbers
        self.alignment = alignment
        self.locator = EnglishTermLocator()
        var bs = Array(repeating: -1, count: source.count)
        var bt = Array(repeating: -1, count: target?.count ?? 0)
        for (b, pair) in alignment.enumerated() {
            for s in pair.source where bs.indices.contains(s) { bs[s] = b }
            for t in pair.target where bt.indices.contains(t) { bt[t] = b }
        }
        beadOfSource = bs
        beadOfTarget = bt
    }

    /// The bead (index into `alignment`) holding source sentence `s`, if aligned.
    public func bead(ofSource s: Int) -> Int? {
        beadOfSource.indices.contains(s) && beadOfSource[s] >= 0 ? beadOfSource[s] : nil
    }

    /// The bead holding target sentence `t`, if aligned.
    public func bead(ofTarget t: Int) -> Int? {
        beadOfTarget.indices.contains(t) && beadOfTarget[t] >= 0 ? beadOfTarget[t] : nil
    }

    /// The target sentences aligned with source sentence `s` (empty when omitted or no target).
    public func targets(ofSource s: Int) -> [Int] {
        bead(ofSource: s).map { alignment[$0].target } ?? []
    }
}
