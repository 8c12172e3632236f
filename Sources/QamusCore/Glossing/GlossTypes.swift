/// Where a draft token's English came from.
public enum GlossOrigin: String, Sendable, Codable {
    /// The user's glossary (always wins).
    case glossary
    /// The bilingual word lexicon.
    case lexicon
    /// A known name (name lexicon).
    case nameLexicon = "name-lexicon"
    /// Transliterated by a model: not a translation (marked in the English line).
    case model
    /// Copied as is (punctuation, numbers, Latin words) or left untranslated.
    case none
}

/// A token's English rendering as decided by the caller (glossary term or name) or to be glossed.
public struct GlossInput: Sendable {
    /// The token as written (for a merged glossary span, the span's text).
    public var surface: String
    /// Scalar offsets in the source text.
    public var range: Range<Int>
    /// The token's kind.
    public var kind: TokenKind
    /// English fixed by the caller (glossary match or name); kept as is.
    public var fixedEnglish: String?
    /// The origin of `fixedEnglish`.
    public var fixedOrigin: GlossOrigin?
    /// Whether the token is a name (no article, no "of the" before it).
    public var isName: Bool

    /// Whether `fixedEnglish` is an adjective (a glossary nisba: الإيراني → "Iranian"),
    /// so it moves before the noun it follows.
    public var isAdjective: Bool

    /// Whether the token is a place (طهران → Tehran): after a verb and its subject, the
    /// object rather than more of the subject's name.
    public var isPlace: Bool

    /// Whether the token is an organisation or body (قوة القدس → Quds Force): with a definite
    /// Arabic name it takes "the" in English ("the Quds Force", "a spokesman for the Kremlin").
    public var isOrganization: Bool

    public init(surface: String, range: Range<Int>, kind: TokenKind, fixedEnglish: String? = nil,
                fixedOrigin: GlossOrigin? = nil, isName: Bool = false, isAdjective: Bool = false, isPlace: Bool = false,
                isOrganization: Bool = false) {
        self.surface = surface
        self.range = range
        self.kind = kind
        self.fixedEnglish = fixedEnglish
        self.fixedOrigin = fixedOrigin
        self.isName = isName
        self.isAdjective = isAdjective
        self.isPlace = isPlace
        self.isOrganization = isOrganization
    }

    /// An input for a tokenizer token, to be glossed.
    public init(_ token: Token) {
        self.init(surface: token.text, range: token.range, kind: token.kind)
    }
}

/// What a glosser's caller says of a word the lexicon lacks: وسيتشينوف → lead "and",
/// english "Sichinov", origin `.model` (the line shows `and ‹Sichinov›`, marks on the name only).
public struct GlossFallback: Sendable, Hashable {
    /// English for proclitics split off before the name ("and", "to the"), or "".
    public var lead: String
    /// The name's English.
    public var english: String
    /// Where `english` came from.
    public var origin: GlossOrigin

    public init(lead: String = "", english: String, origin: GlossOrigin) {
        self.lead = lead
        self.english = english
        self.origin = origin
    }
}

/// One source token with its English, in source order.
public struct GlossedToken: Sendable, Hashable, Codable {
    /// Scalar offset where the token starts.
    public var start: Int
    /// Scalar offset where the token ends (exclusive).
    public var end: Int
    /// The token as written.
    public var surface: String
    /// Its English ("" for a token whose English is carried by a multi-word entry's first token).
    public var english: String
    /// Where the English came from.
    public var origin: GlossOrigin

    public init(start: Int, end: Int, surface: String, english: String, origin: GlossOrigin) {
        self.start = start
        self.end = end
        self.surface = surface
        self.english = english
        self.origin = origin
    }
}
