/// One unit of the English line: a token (or a multi-word entry) with its English in three parts.
///
/// وبقواتها → lead ["and", "with", "its"], core "forces", tail [].
struct GlossPiece {
    /// The grammatical role that drives English order.
    enum Role: Equatable {
        case noun, adjective, verb, function, name, fixed, number, punctuation, other
    }

    /// Indices of the input tokens this piece covers.
    var tokens: Range<Int>
    var kind: TokenKind
    var surface: String
    var role: Role = .other
    var origin: GlossOrigin = .none
    var reading: WordReading?
    var analysis: LexiconAnalysis?
    /// The function-word stem, when the stem is closed-class (أن, قد …).
    var functionStem: String?
    /// Proclitic glosses, article and possessive, in English order.
    var lead: [String] = []
    var core: String = ""
    /// Object pronouns and the like.
    var tail: [String] = []
    var definite = false
    var hasEnclitic = false
    var hasProclitic = false
    /// A glossary term or name whose Arabic is definite (قوة القدس → "the" before it after "of").
    var fixedDefinite = false
    var verbMode: GlossRenderer.VerbMode = .plain
    /// An adverb replacing an adjective (بشكل كبير → "largely").
    var adverb: String?
    /// Where the piece goes relative to the next one (لم يكن → "was not").
    var order: Placement = .inPlace
    enum Placement { case inPlace, afterNext }

    var isImperfect: Bool { analysis?.features.contains(.imperfect) ?? false }
    var isPerfectVerb: Bool { role == .verb && !isImperfect }

    /// The piece's English words in order.
    var words: [String] { (lead + [core] + tail).filter { !$0.isEmpty } }
    var english: String { words.joined(separator: " ") }
}

