/// A glossary entry found in a sentence.
public struct TermMatch: Sendable, Hashable {
    /// Scalar offsets of the matched words in the text given to the matcher, end exclusive.
    /// The range covers the whole surface, clitics included (وبوتين, not بوتين).
    public var range: Range<Int>
    /// Indices of the matched tokens in the tokenizer's output.
    public var tokenRange: Range<Int>
    /// The text as written, clitics included.
    public var surface: String
    /// The entry that matched (the first by id when several share the form).
    public var entry: GlossaryEntry
    /// Other entries with the same Arabic form (الأسد: Assad, or "the lion"): an ambiguity
    /// the user should resolve rather than a silent guess.
    public var alternatives: [GlossaryEntry]
    /// Which of the entry's Arabic forms matched.
    public var matchedForm: String
    /// Proclitic letters stripped from the first word, e.g. "و", "وب", "لل" (empty if none).
    public var proclitics: String
    /// An inflection suffix accepted on the last word, e.g. "ية", "ين" (empty if none).
    public var suffix: String

    public init(range: Range<Int>, tokenRange: Range<Int>, surface: String, entry: GlossaryEntry,
                alternatives: [GlossaryEntry] = [], matchedForm: String, proclitics: String = "", suffix: String = "") {
        self.range = range
        self.tokenRange = tokenRange
        self.surface = surface
        self.entry = entry
        self.alternatives = alternatives
        self.matchedForm = matchedForm
        self.proclitics = proclitics
        self.suffix = suffix
    }
}
