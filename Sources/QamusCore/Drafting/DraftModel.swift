/// A drafted article: the JSON contract other tools read.
///
/// `{"sentences": [{"index", "paragraph", "source", "draft", "matches": [...], "unknown": [...], "tokens": [...]}]}`.
/// All `start`/`end` offsets are Unicode scalar offsets into the sentence's `source`, end exclusive.
public struct DraftDocument: Sendable, Codable, Equatable {
    public var sentences: [DraftSentence]
    public init(sentences: [DraftSentence]) { self.sentences = sentences }
}

/// One sentence with its English draft.
public struct DraftSentence: Sendable, Codable, Equatable {
    /// 0-based index in the document.
    public var index: Int
    /// 0-based paragraph index.
    public var paragraph: Int
    /// The Arabic sentence as written.
    public var source: String
    /// The English draft line.
    public var draft: String
    /// Glossary entries found, in order.
    public var matches: [DraftMatch]
    /// Words that look like names no glossary entry covers: candidates for the glossary.
    public var unknown: [UnknownName]
    /// Every token with its English and where it came from (additive; see issue 7).
    public var tokens: [DraftToken]

    public init(index: Int, paragraph: Int, source: String, draft: String, matches: [DraftMatch],
                unknown: [UnknownName], tokens: [DraftToken] = []) {
        self.index = index
        self.paragraph = paragraph
        self.source = source
        self.draft = draft
        self.matches = matches
        self.unknown = unknown
        self.tokens = tokens
    }
}

/// A glossary match in the JSON contract.
public struct DraftMatch: Sendable, Codable, Equatable {
    public var start: Int
    public var end: Int
    /// The text as written, clitics included.
    public var surface: String
    /// The entry's Arabic form.
    public var arabic: String
    public var english: String
    public var type: String
    /// The entry's database id (0 when the entry is not stored).
    public var entryId: Int64
    /// English renderings of other entries with the same Arabic form (an ambiguity to resolve).
    public var alternatives: [String]?

    enum CodingKeys: String, CodingKey {
        case start, end, surface, arabic, english, type
        case entryId = "entry_id"
        case alternatives
    }

    public init(start: Int, end: Int, surface: String, arabic: String, english: String, type: String,
                entryId: Int64, alternatives: [String]? = nil) {
        self.start = start
        self.end = end
        self.surface = surface
        self.arabic = arabic
        self.english = english
        self.type = type
        self.entryId = entryId
        self.alternatives = alternatives
    }
}

/// A word that looks like a name the glossary lacks, with a proposed spelling.
public struct UnknownName: Sendable, Codable, Equatable {
    public var start: Int
    public var end: Int
    /// The text as written, clitics included.
    public var surface: String
    /// The proposed English spelling.
    public var transliteration: String
    /// Where the spelling came from: `name-lexicon` (a shipped list of names) or `model`.
    public var origin: String
    /// The shipped lexicon that knew the name, when `origin` is `name-lexicon`.
    public var source: String?

    public init(start: Int, end: Int, surface: String, transliteration: String, origin: String, source: String? = nil) {
        self.start = start
        self.end = end
        self.surface = surface
        self.transliteration = transliteration
        self.origin = origin
        self.source = source
    }
}

/// A token of the sentence with its English reading.
public struct DraftToken: Sendable, Codable, Equatable {
    public var start: Int
    public var end: Int
    public var surface: String
    public var english: String
    /// `glossary`, `lexicon`, `name-lexicon`, `model` or `none`.
    public var origin: String

    public init(start: Int, end: Int, surface: String, english: String, origin: String) {
        self.start = start
        self.end = end
        self.surface = surface
        self.english = english
        self.origin = origin
    }
}
