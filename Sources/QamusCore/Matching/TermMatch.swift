/// A glossary entry found in a sentence.
///
/// The entry, its alternatives and the matched form are shared by every match of the same
/// glossary form (one reference, not a copy of each string), and the surface is spelled out
/// from the sentence only when read: a matcher that finds tens of thousands of terms builds
/// each match for the price of two references.
public struct TermMatch: Sendable, Hashable {
    /// Scalar offsets of the matched words in the text given to the matcher, end exclusive.
    /// The range covers the whole surface, clitics included (وبوتين, not بوتين).
    public var range: Range<Int>
    /// Indices of the matched tokens in the tokenizer's output.
    public var tokenRange: Range<Int>
    /// Proclitic letters stripped from the first word, e.g. "و", "وب", "لل" (empty if none).
    public var proclitics: String
    /// An inflection suffix accepted on the last word, e.g. "ية", "ين" (empty if none).
    public var suffix: String
    private var target: Target
    private var written: Written

    /// The text as written, clitics included.
    public var surface: String {
        get {
            switch written {
            case .text(let text): text
            case .scalars(let scalars): String(scalars: scalars[range.clamped(to: scalars.indices)])
            }
        }
        set { written = .text(newValue) }
    }

    /// The entry that matched (the first by id when several share the form).
    public var entry: GlossaryEntry {
        get { target.entry }
        set { target = Target(entry: newValue, alternatives: target.alternatives, form: target.form) }
    }

    /// Other entries with the same Arabic form (الأسد: Assad, or "the lion"): an ambiguity
    /// the user should resolve rather than a silent guess.
    public var alternatives: [GlossaryEntry] {
        get { target.alternatives }
        set { target = Target(entry: target.entry, alternatives: newValue, form: target.form) }
    }

    /// Which of the entry's Arabic forms matched.
    public var matchedForm: String {
        get { target.form }
        set { target = Target(entry: target.entry, alternatives: target.alternatives, form: newValue) }
    }

    public init(range: Range<Int>, tokenRange: Range<Int>, surface: String, entry: GlossaryEntry,
                alternatives: [GlossaryEntry] = [], matchedForm: String, proclitics: String = "", suffix: String = "") {
        self.init(range: range, tokenRange: tokenRange, written: .text(surface),
                  target: Target(entry: entry, alternatives: alternatives, form: matchedForm),
                  proclitics: proclitics, suffix: suffix)
    }

    /// A match whose surface is `scalars[range]`, read when asked for.
    init(range: Range<Int>, tokenRange: Range<Int>, scalars: [Unicode.Scalar], target: Target,
         proclitics: String, suffix: String) {
        self.init(range: range, tokenRange: tokenRange, written: .scalars(scalars), target: target,
                  proclitics: proclitics, suffix: suffix)
    }

    private init(range: Range<Int>, tokenRange: Range<Int>, written: Written, target: Target,
                 proclitics: String, suffix: String) {
        self.range = range
        self.tokenRange = tokenRange
        self.written = written
        self.target = target
        self.proclitics = proclitics
        self.suffix = suffix
    }

    /// What a match found: shared, never changed (a setter above makes a new one).
    final class Target: Sendable {
        let entry: GlossaryEntry
        let alternatives: [GlossaryEntry]
        let form: String

        init(entry: GlossaryEntry, alternatives: [GlossaryEntry], form: String) {
            self.entry = entry
            self.alternatives = alternatives
            self.form = form
        }
    }

    /// The surface as given, or the sentence it is read from (with `range`).
    private enum Written: Sendable {
        case text(String)
        case scalars([Unicode.Scalar])
    }

    public static func == (a: TermMatch, b: TermMatch) -> Bool {
        a.range == b.range && a.tokenRange == b.tokenRange && a.proclitics == b.proclitics && a.suffix == b.suffix
            && (a.target === b.target
                || (a.target.form == b.target.form && a.target.entry == b.target.entry && a.target.alternatives == b.target.alternatives))
            && a.surface == b.surface
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(range)
        hasher.combine(tokenRange)
        hasher.combine(matchedForm)
        hasher.combine(proclitics)
        hasher.combine(suffix)
    }
}
