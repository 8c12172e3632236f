/// A rendering of a word no glossary entry covers, from a name lexicon or a model.
public struct NameSpelling: Sendable, Hashable {
    /// The English spelling, e.g. Putin.
    public var english: String
    /// `name-lexicon` or `model`.
    public var origin: String
    /// Which lexicon knew it, e.g. `curated-news-names.tsv` (for `name-lexicon`).
    public var source: String?
    /// Whether that lexicon lists it as a place (طهران → Tehran).
    public var isPlace: Bool

    public init(english: String, origin: String, source: String? = nil, isPlace: Bool = false) {
        self.english = english
        self.origin = origin
        self.source = source
        self.isPlace = isPlace
    }
}

/// What the drafter asks about words no glossary entry covers.
public protocol DraftWordServices: Sendable {
    /// The spelling of a word a curated name list (news names, places) knows, or
    /// `nil`: such a word is a name even when it is also a dictionary word (قاسم).
    /// Asked for every Arabic token of every sentence, from every drafter thread: make it
    /// cheap (the standard services cache the answer per distinct word).
    func knownName(_ word: String) -> NameSpelling?
    /// The spelling any shipped name lexicon gives the word, or `nil` (no model).
    func lexiconName(_ word: String) -> NameSpelling?
    /// The best rendering of a word as a name: a name lexicon's, else the model's.
    func transliterate(_ word: String) -> NameSpelling
    /// The English reading of one sentence's tokens: `fixed` inputs keep their English,
    /// others are glossed (or, without a lexicon, transliterated via `fallback`).
    func gloss(_ tokens: [GlossInput], fallback: (String) -> GlossFallback) -> (tokens: [GlossedToken], english: String)
}

/// Marks a transliterated word in a draft line, so a reader sees it is not a translation.
public enum DraftMarkers {
    /// ‹qal›: a word the draft could only transliterate.
    public static func transliterated(_ text: String) -> String {
        Glosser.transliterationMarks.0 + text + Glosser.transliterationMarks.1
    }
}

/// The shipped services: the Wiktionary lexicon through `Glosser.shared`, the name
/// lexicons and the trained model through `Transliterator.shared`.
public struct StandardWordServices: DraftWordServices {
    let glosser: Glosser
    let transliterator: Transliterator
    /// Model renderings shared by every drafter thread: decoding is the costly step.
    private let renderings = SharedCache<ByteKey, NameSpelling>(limit: 400_000)
    /// Curated-list answers shared by every drafter thread (each drafter keeps its own copy in front).
    private let knownNames = SharedCache<ByteKey, NameSpelling?>(limit: 400_000)

    public init(glosser: Glosser = .shared, transliterator: Transliterator = .shared) {
        self.glosser = glosser
        self.transliterator = transliterator
    }

    /// Lists strong enough to outrank the word lexicon (their names are rarely common words).
    private static let strongSources: Set<String> = ["curated-news-names.tsv", "cldr-places.tsv"]

    public func knownName(_ word: String) -> NameSpelling? {
        knownNames.value(for: ByteKey(word)) { lookUpKnownName(word) }
    }

    private func lookUpKnownName(_ word: String) -> NameSpelling? {
        guard let hit = transliterator.lexiconSpelling(word), let source = hit.source,
              Self.strongSources.contains(source) else { return nil }
        // A function word (في، من) is never a name, whatever a list says.
        if let reading = glosser.reading(of: word), reading.best?.pos.isFunctionWord == true { return nil }
        return NameSpelling(english: hit.text, origin: "name-lexicon", source: source, isPlace: transliterator.lexiconIsPlace(word))
    }

    public func lexiconName(_ word: String) -> NameSpelling? {
        transliterator.lexiconSpelling(word).map { NameSpelling(english: $0.text, origin: "name-lexicon", source: $0.source) }
    }

    public func transliterate(_ word: String) -> NameSpelling {
        renderings.value(for: ByteKey(word)) {
            let t = transliterator.transliterate(word)
            return NameSpelling(english: t.text, origin: t.origin == .nameLexicon ? "name-lexicon" : "model", source: t.source)
        }
    }

    public func gloss(_ tokens: [GlossInput], fallback: (String) -> GlossFallback) -> (tokens: [GlossedToken], english: String) {
        glosser.gloss(tokens, fallback: fallback)
    }
}
