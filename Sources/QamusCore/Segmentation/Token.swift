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
    /// The token exactly as written.
    public var text: String
    // The range as a start and a 32-bit length, so a token takes 32 bytes, not 40: matching
    // reads every token of a corpus, and less memory to stream is faster.
    private var start: Int
    private var length: UInt32
    /// The token's kind.
    public var kind: TokenKind

    public init(kind: TokenKind, range: Range<Int>, text: String) {
        self.text = text
        self.start = range.lowerBound
        self.length = UInt32(clamping: range.count)
        self.kind = kind
    }

    /// Scalar offsets in the text the tokenizer was given, end exclusive (a token is at most
    /// 2³² − 1 scalars long).
    public var range: Range<Int> {
        get { start..<(start + Int(length)) }
        set {
            start = newValue.lowerBound
            length = UInt32(clamping: newValue.count)
        }
    }

    /// Whether the token is a word (Arabic, Latin or number) rather than punctuation or a symbol.
    public var isWord: Bool { kind.isWord }
}
