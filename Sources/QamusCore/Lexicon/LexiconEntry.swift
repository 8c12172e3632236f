/// A lexicon part of speech (Wiktionary's codes).
public enum LexiconPOS: UInt8, Sendable, Hashable, Codable {
    case unknown = 0, noun, verb, adj, name, adv, prep, conj, phrase, intj, pron, particle, num, proverb, prepPhrase, article, det

    /// Whether words of this class take "the", plurals and possessives in English.
    public var isNominal: Bool { self == .noun || self == .adj || self == .num }
    /// Whether this is a closed-class word (preposition, conjunction, pronoun, particle…).
    public var isFunctionWord: Bool {
        switch self {
        case .prep, .conj, .pron, .particle, .det, .article, .prepPhrase: return true
        default: return false
        }
    }
}

/// What the compiler inferred about an inflected form (mirrors the `F_*` bits of compile_lexicon.py).
public struct LexiconFeatures: OptionSet, Sendable, Hashable, Codable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    /// The form carries the article ال (الأسعار → سعر).
    public static let definite = LexiconFeatures(rawValue: 1)
    /// A plural noun or adjective (صواريخ → صاروخ).
    public static let plural = LexiconFeatures(rawValue: 2)
    /// A dual (مدينتين → مدينة).
    public static let dual = LexiconFeatures(rawValue: 4)
    /// An imperfect verb (يقول → قال).
    public static let imperfect = LexiconFeatures(rawValue: 8)
    /// A verbal noun or participle of a verb lemma (تسليم → سلم).
    public static let nominal = LexiconFeatures(rawValue: 16)
    /// A verb form with a plural subject (قالوا, يقولون).
    public static let pluralSubject = LexiconFeatures(rawValue: 32)
    /// A feminine form of a masculine lemma.
    public static let feminine = LexiconFeatures(rawValue: 64)
    /// A nisba adjective read through its base noun (السكاني → سكان); run-time only.
    public static let nisba = LexiconFeatures(rawValue: 256)
    /// The analysis comes from the Arabic WordNet fallback.
    public static let wordNet = LexiconFeatures(rawValue: 128)
}

/// One reading of a lexicon key: the lemma it inflects, its senses and the form's features.
///
/// قوات ("forces") → lemma قوة, pos noun, senses ["force", "strength", …], features [.plural].
public struct LexiconAnalysis: Sendable, Hashable {
    /// The lemma's headword, undiacritised (قوة).
    public var lemma: String
    /// The lemma's part of speech.
    public var pos: LexiconPOS
    /// Cleaned English senses, preferred first ("" = leave untranslated).
    public var senses: [String]
    /// What the form adds to the lemma.
    public var features: LexiconFeatures

    public init(lemma: String, pos: LexiconPOS, senses: [String], features: LexiconFeatures) {
        self.lemma = lemma
        self.pos = pos
        self.senses = senses
        self.features = features
    }

    /// The same analysis with more features (a derived stem: التصويت → تصويت + definite).
    public func adding(_ extra: LexiconFeatures) -> LexiconAnalysis {
        var copy = self
        copy.features.formUnion(extra)
        if extra.contains(.nisba), copy.pos == .noun { copy.pos = .adj }
        return copy
    }

    /// The preferred sense.
    public var firstSense: String { senses.first ?? "" }

    /// Whether the form is plural or dual: more than one, a plural in English (قوات "forces").
    public var isPlural: Bool { features.contains(.plural) || features.contains(.dual) }
}
