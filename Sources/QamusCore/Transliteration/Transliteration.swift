/// Where a rendering came from, in the order the cascade consults them.
public enum TransliterationOrigin: String, Sendable, Codable {
    /// The user's glossary (filled in by callers that consult it; `Transliterator` never does).
    case glossary
    /// A shipped name lexicon (curated news names, CLDR places, Wikidata persons, Google pairs).
    case nameLexicon = "name-lexicon"
    /// The trained graphone model.
    case model
    /// Deterministic rules (ALA-LC, Buckwalter, non-Arabic text passed through).
    case rules
}

/// One English rendering of an Arabic word or name.
///
/// ```swift
/// Transliterator.shared.transliterate("بوتين")
/// // Transliteration(text: "Putin", origin: .nameLexicon, source: "curated-news-names.tsv", score: 1)
/// ```
public struct Transliteration: Sendable, Hashable, Codable {
    /// The rendering, e.g. "Qassem Soleimani".
    public var text: String
    /// Which stage produced it; for a multi-word name, the weakest stage used.
    public var origin: TransliterationOrigin
    /// The lexicon file, when `origin` is `.nameLexicon`.
    public var source: String?
    /// Confidence in 0...1: 1 for curated names, lower for larger lexicons, the
    /// model's share of probability among its candidates otherwise.
    public var score: Double

    public init(text: String, origin: TransliterationOrigin, source: String? = nil, score: Double) {
        self.text = text
        self.origin = origin
        self.source = source
        self.score = score
    }
}

/// The romanisation scheme.
public enum TransliterationScheme: String, Sendable, CaseIterable, Codable {
    /// English newsroom spelling (Qassem Soleimani, al-Assad): lexicons, then the model.
    case news
    /// ALA-LC romanisation with macrons and dots (Qāsim Sulaymānī-style, vowels only where written).
    case alaLC = "ala-lc"
    /// Buckwalter: one ASCII character per Arabic character, lossless and reversible.
    case buckwalter
}
