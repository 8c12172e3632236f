/// What kind of word-level token a `WordTokenizer` produced.
public enum TokenKind: String, Sendable, Codable, Hashable, CaseIterable {
    /// A run of Arabic letters (with any diacritics, tatweel or joiners inside), e.g. وبالحرس.
    case arabic
    /// A Latin word or designator, e.g. Reuters, S-300S, F-16.
    case latin
    /// A number in any digit script, with decimal or thousands separators: 3.5, 1,300, ١٫٥.
    case number
    /// Punctuation: . ، ؟ « » “ ” ( ) - …
    case punctuation
    /// Any other visible character: % $ + …
    case symbol

    /// Whether tokens of this kind are words (Arabic, Latin or number).
    public var isWord: Bool { self == .arabic || self == .latin || self == .number }
}

/// One token of a text, with its position in Unicode scalar offsets.
public struct Token: Sendable, Hashable {
    /// The token's kind.
    public var kind: TokenKind
    /// Scalar offsets in the text the tokenizer was given, end exclusive.
    public var range: Range<Int>
    /// The token exactly as written.
    public var text: String

    public init(kind: TokenKind, range: Range<Int>, text: String) {
        self.kind = kind
        self.range = range
        self.text = text
    }

    /// Whether the token is a word (Arabic, Latin or number) rather than punctuation or a symbol.
    public var isWord: Bool { kind.isWord }
}
