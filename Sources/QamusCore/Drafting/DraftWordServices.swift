/// A name's spelling from a shipped name lexicon.
public struct NameSpelling: Sendable, Hashable {
    /// The English spelling, e.g. Putin.
    public var english: String
    /// Which lexicon knew it, e.g. `curated-news-names`.
    public var source: String

    public init(english: String, source: String) {
        self.english = english
        self.source = source
    }
}

/// What the drafter asks about a word no glossary entry covers.
public protocol DraftWordServices: Sendable {
    /// The spelling of a known name (the word may carry clitics: وبوتين), or `nil`.
    func knownName(_ word: String) -> NameSpelling?
    /// A transliteration of a word no lexicon knows.
    func transliterate(_ word: String) -> String
    /// Whether the word is an ordinary word of the language (so not a name candidate).
    func isOrdinaryWord(_ word: String) -> Bool
}

/// Marks a transliterated ordinary word in a draft line, so a reader sees it is not a translation.
public enum DraftMarkers {
    /// ‹qal›: a word the draft could only transliterate.
    public static func transliterated(_ text: String) -> String { "‹" + text + "›" }
}
