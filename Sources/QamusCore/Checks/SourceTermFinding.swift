/// A glossary entry found in a source sentence.
public struct SourceTerm: Sendable, Hashable {
    /// Unicode scalar offsets in the sentence, end exclusive, clitics included.
    public var range: Range<Int>
    /// The words as written (وبوتين, "and Putin").
    public var surface: String
    public var entry: GlossaryEntry

    public init(range: Range<Int>, surface: String, entry: GlossaryEntry) {
        self.range = range
        self.surface = surface
        self.entry = entry
    }
}

/// Finds glossary entries in an Arabic sentence. The checks depend only on this,
/// so any matcher (the glossary `TermMatcher`, or `GlossaryTermScanner`) plugs in.
public protocol SourceTermFinding {
    /// Non-overlapping glossary matches in `sentence`, in text order.
    func terms(in sentence: String) -> [SourceTerm]
}
