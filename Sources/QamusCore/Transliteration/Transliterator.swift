/// Arabic names → English: the shipped name lexicons, then the trained graphone
/// model, with newsroom name conventions (al-, Abdel, bin, Abu, -allah).
///
/// The user's glossary is not consulted here; callers check it first.
///
/// ```swift
/// Transliterator.shared.transliterate("قاسم سليماني").text   // "Qassem Soleimani"
/// Transliterator(useLexicons: false).transliterate("ميركل").text   // "Merkel" (model alone)
/// ```
public final class Transliterator: Sendable {
    /// News scheme with the shipped lexicons and model, loaded on first use.
    public static let shared = Transliterator()

    public let scheme: TransliterationScheme
    /// Whether the shipped lexicons and name conventions are used; `false` is the model alone.
    public let useLexicons: Bool
    private let lexiconOverride: NameLexicon?
    private let modelOverride: GraphoneModel?

    public init(scheme: TransliterationScheme = .news, useLexicons: Bool = true) {
        self.scheme = scheme
        self.useLexicons = useLexicons
        lexiconOverride = nil
        modelOverride = nil
    }

    /// A transliterator over given lexicons and model (tests, other data).
    public init(scheme: TransliterationScheme = .news, lexicon: NameLexicon?, model: GraphoneModel?) {
        self.scheme = scheme
        useLexicons = lexicon != nil
        lexiconOverride = lexicon
        modelOverride = model
    }

    private var renderer: WordRenderer {
        WordRenderer(lexicon: useLexicons ? (lexiconOverride ?? TranslitResources.lexicon) : nil,
                     model: modelOverride ?? TranslitResources.model,
                     reranker: modelOverride == nil ? NBestReranker.shipped : nil)
    }

    /// The best rendering of a word, a multi-word name, or a line of text (Arabic
    /// words rendered, everything else kept). Never fails: empty or non-Arabic input
    /// comes back as it is (origin `.rules`).
    public func transliterate(_ arabic: String) -> Transliteration {
        switch scheme {
        case .buckwalter:
            return Transliteration(text: BuckwalterCodec.encode(arabic), origin: .rules, score: 1)
        case .alaLC:
            return Transliteration(text: ALALCRomanizer.romanize(arabic), origin: .rules, score: 1)
        case .news:
            return news(arabic)
        }
    }

    /// Up to `count` distinct renderings: `transliterate`'s first, then every lexicon
    /// spelling and variant, then the model's alternatives (for a single word).
    public func candidates(_ arabic: String, count: Int) -> [Transliteration] {
        guard count > 0 else { return [] }
        let best = transliterate(arabic)
        guard scheme == .news, count > 1 else { return [best] }
        var out: [Transliteration] = []
        var seen = Set<String>()
        func add(_ t: Transliteration) {
            let k = Normalizer.matching.key(t.text.filter { $0.isLetter })
            if !t.text.isEmpty, seen.insert(k).inserted { out.append(t) }
        }
        let r = renderer
        let trimmed = arabic.trimmingSpaces
        add(best)
        if let lexicon = r.lexicon {
            let key = Self.phraseKey(trimmed)
            let hasArticle = key.count > 3 && key.starts(with: WordRenderer.article) && !trimmed.contains(where: { $0.isWhitespace })
            for e in lexicon.lookup(key: key) {
                let score = WordRenderer.lexiconScore(e.rank)
                for (i, text) in ([e.english] + e.variants).enumerated() {
                    add(Transliteration(text: hasArticle && !e.keepsArticle ? r.withArticle(text) : text,
                                        origin: .nameLexicon, source: e.source, score: i == 0 ? score : score * 0.9))
                }
            }
        }
        if !trimmed.contains(where: { $0.isWhitespace }) {
            let letters = WordRenderer.modelLetters(String(trimmed))
            let hasArticle = r.lexicon != nil && letters.count > 3 && letters.starts(with: WordRenderer.article)
            let stem = hasArticle ? String(scalars: letters.dropFirst(2)) : String(trimmed)
            for var t in r.modelCandidates(stem, count: count) {
                if hasArticle { t.text = "al-" + t.text }
                add(t)
            }
        }
        return Array(out.prefix(count))
    }

    /// The spelling a shipped name lexicon gives (curated > CLDR > Wikidata > Google),
    /// or nil when no lexicon knows the word: tells the draft a word is a known name.
    /// Conservative: common function words (على "on", أن "that", في "in") are never
    /// names here, and an ال-word's stem counts only in the curated list and CLDR.
    public func lexiconSpelling(_ arabicWord: String) -> Transliteration? {
        guard scheme == .news else { return nil }
        let r = renderer
        guard r.lexicon != nil else { return nil }
        let trimmed = arabicWord.trimmingSpaces
        if trimmed.contains(where: { $0.isWhitespace }) {
            let keys = trimmed.split(whereSeparator: { $0.isWhitespace }).map { NameKey($0) }
            return r.lexiconHit(key: NameKey.phrase(keys[...]))
        }
        if NameStopWords.contains(trimmed) { return nil }
        return r.lexiconSpelling(key: NameKey(trimmed), stems: false)
    }

    /// Whether the best shipped name list that knows `arabicWord` lists it as a place
    /// (طهران, موسكو): a place after a verb's subject is its object, not more of its name.
    public func lexiconIsPlace(_ arabicWord: String) -> Bool {
        renderer.lexicon?.first(key: NameKey(arabicWord.trimmingSpaces))?.type == "place"
    }

    /// The matching key of a word or a phrase (words joined by one space).
    private static func phraseKey(_ text: Substring) -> NameKey {
        NameKey.phrase(text.split(whereSeparator: { $0.isWhitespace }).map { NameKey($0) }[...])
    }

    // MARK: - News scheme

    private func news(_ line: String) -> Transliteration {
        let r = renderer
        let pieces = LinePieces(line)
        if !pieces.hasArabic {
            return Transliteration(text: pieces.plain, origin: .rules, score: 0)
        }
        if pieces.items.count > 1, r.lexicon != nil, pieces.isOnlyArabicWords,
           let hit = r.lexiconHit(key: NameKey.phrase(pieces.items.map { NameKey($0.core) }[...])) {
            return hit
        }
        let composer = NameComposer(words: r)
        var parts: [String] = []
        var origin = TransliterationOrigin.rules
        var source: String?
        var score = 1.0
        func note(_ t: Transliteration) {
            if t.origin == .model { origin = .model } else if t.origin == .nameLexicon, origin != .model { origin = .nameLexicon }
            if source == nil { source = t.source }
            score = min(score, t.score)
        }
        var run: [LinePieces.Item] = []
        func flushRun() {
            guard !run.isEmpty else { return }
            let rendered = composer.compose(run.map(\.core))
            rendered.forEach(note)
            var text = rendered.map(\.text).joined(separator: " ")
            text = run[0].leading + text + run[run.count - 1].trailing
            parts.append(text)
            run.removeAll()
        }
        for item in pieces.items {
            if item.isArabicWord {
                if !item.leading.isEmpty { flushRun() }
                run.append(item)
                if !item.trailing.isEmpty { flushRun() }
            } else {
                flushRun()
                parts.append(item.render { word in
                    let t = r.render(word)
                    note(t)
                    return t.text
                })
            }
        }
        flushRun()
        return Transliteration(text: parts.joined(separator: " "), origin: origin,
                               source: origin == .nameLexicon ? source : nil, score: score)
    }
}
