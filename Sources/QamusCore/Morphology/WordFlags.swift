/// What the word list knows about one key (a spelling, or the loose key of some spellings).
///
/// The bits are written by `Tools/morphology/build_stems.py`; keep both in step.
public struct WordFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// A single-word headword or inflected form spelled exactly so.
    public static let exact = WordFlags(rawValue: 1 << 0)
    /// A single-word headword.
    public static let headword = WordFlags(rawValue: 1 << 1)
    /// A function-word headword (preposition, conjunction, particle, pronoun, determiner).
    public static let function = WordFlags(rawValue: 1 << 2)
    /// A function word's spelling before a pronoun enclitic (علي in عليهم "on them").
    public static let host = WordFlags(rawValue: 1 << 3)
    /// A form that is a function-word host plus an enclitic (عليهم, لها).
    public static let cliticForm = WordFlags(rawValue: 1 << 4)
    /// An imperfect verb form, which the future prefix س may precede (يكون "he is").
    public static let imperfect = WordFlags(rawValue: 1 << 5)
    /// A form of a noun, adjective, name, number or adverb.
    public static let nominal = WordFlags(rawValue: 1 << 6)
    /// The loose key (أ إ آ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي) of some exact spelling;
    /// it also carries that spelling's host, nominal and verbal bits.
    public static let loose = WordFlags(rawValue: 1 << 7)
    /// A form of a verb.
    public static let verbal = WordFlags(rawValue: 1 << 8)
    /// A headword that is only a preposition, adverb, conjunction or particle
    /// (بسبب "because of"): UD still splits its proclitic.
    public static let adverbial = WordFlags(rawValue: 1 << 9)
}
