/// One unit of the English line: a token (or a multi-word entry) with its English in three parts.
///
/// وبقواتها → lead ["and", "in", "its"], core "forces", tail []. A reference type: pieces are
/// moved and edited in place by the renderer and the orderer without copying their fields.
final class GlossPiece {
    /// The grammatical role that drives English order.
    enum Role: Equatable {
        case noun, adjective, verb, function, name, fixed, number, punctuation, other
    }

    /// Indices of the input tokens this piece covers.
    let tokens: Range<Int>
    let kind: TokenKind
    let surface: String

    init(tokens: Range<Int>, kind: TokenKind, surface: String) {
        self.tokens = tokens
        self.kind = kind
        self.surface = surface
    }
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
    /// A fixed organisation whose English carries "the" (`BodyNamer`): "the Kremlin".
    var articleInCore = false
    /// A glossary organisation or body (قوة القدس): رئيس before it is "head".
    var isOrganization = false
    /// A place name (Tehran): it ends a verb's subject rather than extending it.
    var isPlace = false
    var verbMode: GlossRenderer.VerbMode = .plain
    /// A proclitic whose English a preceding expression carries (ل of لرويترز after وفقا ل).
    var absorbedProclitic: String?
    /// An adverb replacing an adjective (بشكل كبير → "largely").
    var adverb: String?
    /// Where the piece goes relative to the next one (لم يكن → "was not").
    var order: Placement = .inPlace
    /// A verb whose following noun phrase is its subject, even indefinite (عبر مسؤولون → "officials expressed").
    var subjectFollows = false
    /// An indefinite singular noun that takes "a" / "an" once its adjectives are in place.
    var needsArticle = false
    /// A verb whose subject is already placed before it (no subject-first move).
    var hasSubject = false
    /// How many pieces after this verb its subject stands (to be put before it), or 0.
    var subjectOffset = 0
    /// A subject pronoun carrying "is" (هي → "it is").
    var isCopula = false
    /// A participle whose preposition and its noun follow it (`ParticipleLinker`): مقيم في موسكو.
    var takesComplement = false
    enum Placement { case inPlace, afterNext }

    var isImperfect: Bool { analysis?.features.contains(.imperfect) ?? false }
    /// Whether the English already has an article before it ("the", "a" or "an").
    var hasArticle: Bool { lead.contains { $0 == "the" || $0 == "a" || $0 == "an" } }
    var isPerfectVerb: Bool { role == .verb && !isImperfect }

    /// The piece's English words in order.
    var words: [String] { (lead + [core] + tail).filter { !$0.isEmpty } }
    /// Whether the piece has no English.
    var isEmpty: Bool { core.isEmpty && lead.allSatisfy(\.isEmpty) && tail.allSatisfy(\.isEmpty) }

    /// The words joined by spaces, `core` optionally wrapped in marks.
    func appendEnglish(to out: inout String, marks: (String, String)? = nil) {
        var first = true
        func add(_ w: String) {
            if w.isEmpty { return }
            if !first { out += " " }
            out += w
            first = false
        }
        for w in lead { add(w) }
        if let marks, !core.isEmpty { add(marks.0 + core + marks.1) } else { add(core) }
        for w in tail { add(w) }
    }

    var english: String {
        var s = ""
        appendEnglish(to: &s)
        return s
    }
}

