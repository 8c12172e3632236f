/// Turns a sentence of Arabic tokens into English: a gloss per token and an English line in English order.
///
/// `Glosser.shared.gloss(tokens, fallback: translit)` on اجتماع عسكري سري gives the tokens
/// "meeting", "military", "secret" and the line "Secret military meeting". Tokens with
/// `fixedEnglish` (glossary terms, names) keep it; words the lexicon lacks go to `fallback`
/// and are marked ‹thus› in the line when the fallback reports origin `.model`.
public struct Glosser: Sendable {
    /// Rendering switches (the defaults are the readable draft).
    public struct Options: Sendable, Hashable {
        /// Wrap transliterations (origin `.model`) in `Glosser.transliterationMarks` in the English line.
        public var markTransliterations = true
        /// Apply English word order (adjectives before nouns, construct state as "of").
        public var englishOrder = true
        /// Decide function words and verb forms from their neighbours.
        public var contextRules = true
        public init() {}
    }

    /// The marks around a transliterated (not translated) word in the English line: ‹Solheim›.
    public static let transliterationMarks = ("‹", "›")

    /// The glosser over the embedded lexicon (loaded lazily, queried in place).
    public static let shared = Glosser(lookup: LexiconLookup.shared)

    let lookup: LexiconLookup?
    let options: Options
    /// Lexicon readings per distinct written word, shared by the threads using this glosser.
    private let cache = SharedCache<ByteKey, WordReading?>(limit: 200_000)
    private let spans: MultiWordSpans

    public init(lookup: LexiconLookup?, options: Options = Options()) {
        self.init(lookup: lookup, options: options, spans: MultiWordSpans(lookup?.lexicon.multiWordPrefixes() ?? []))
    }

    private init(lookup: LexiconLookup?, options: Options, spans: MultiWordSpans) {
        self.lookup = lookup
        self.options = options
        self.spans = spans
    }

    /// The same glosser with other options (sharing the lexicon and its span tables, with a fresh cache).
    public func with(_ options: Options) -> Glosser { Glosser(lookup: lookup, options: options, spans: spans) }

    /// Glosses one sentence: tokens with `fixedEnglish` keep it, others are looked up; returns the
    /// tokens in source order and the English line in English order.
    public func gloss(_ tokens: [GlossInput], fallback: (String) -> (String, GlossOrigin)) -> (tokens: [GlossedToken], english: String) {
        gloss(tokens, fallback: { word in
            let (english, origin) = fallback(word)
            return GlossFallback(english: english, origin: origin)
        })
    }

    /// Glosses one sentence; words the lexicon lacks go to `fallback`, whose lead words
    /// (proclitics in English) stay outside the transliteration marks.
    public func gloss(_ tokens: [GlossInput], fallback: (String) -> GlossFallback) -> (tokens: [GlossedToken], english: String) {
        var pieces = makePieces(tokens, fallback)
        if options.contextRules { GlossRenderer.markVerbForms(&pieces) }
        for i in pieces.indices { GlossRenderer.render(&pieces, i, contextRules: options.contextRules) }
        var out: [GlossedToken] = []
        out.reserveCapacity(tokens.count)
        for p in pieces {
            for (n, t) in p.tokens.enumerated() {
                let input = tokens[t]
                out.append(GlossedToken(start: input.range.lowerBound, end: input.range.upperBound, surface: input.surface,
                                        english: n == 0 ? p.english : "", origin: p.origin))
            }
        }
        if options.englishOrder { WordOrderer.reorder(&pieces) }
        return (out, EnglishLine.join(pieces, mark: options.markTransliterations))
    }

    /// The lexicon reading of one written word (cached), or nil.
    public func reading(of word: String) -> WordReading? {
        cache.value(for: ByteKey(word)) {
            let key = LexiconLookup.key(word)
            if FunctionWords.table[ByteKey(key)] != nil {
                return WordReading(proclitics: [], stem: key, enclitic: nil, analyses: [], source: .functionWord)
            }
            return lookup?.reading(of: word)
        }
    }

    private func makePieces(_ tokens: [GlossInput], _ fallback: (String) -> GlossFallback) -> [GlossPiece] {
        var pieces: [GlossPiece] = []
        pieces.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            var p = GlossPiece(tokens: i..<(i + 1), kind: t.kind, surface: t.surface)
            if let fixed = t.fixedEnglish {
                p.role = t.isName ? .name : (t.isAdjective ? .adjective : .fixed)
                p.origin = t.fixedOrigin ?? (t.isName ? .nameLexicon : .glossary)
                p.core = fixed
                p.isPlace = t.isPlace
                p.fixedDefinite = !t.isName && t.surface.split(separator: " ").contains { LexiconLookup.key(String($0)).hasPrefix("ال") }
                if t.isAdjective { p.definite = p.fixedDefinite }
            } else {
                switch t.kind {
                case .punctuation:
                    p.role = .punctuation
                    p.core = EnglishLine.punctuation(t.surface)
                case .number:
                    p.role = .number
                    p.core = EnglishLine.asciiDigits(t.surface)
                case .latin, .symbol:
                    p.core = t.surface
                case .arabic:
                    if let multi = multiWord(tokens, at: i) {
                        pieces.append(multi)
                        i = multi.tokens.upperBound
                        continue
                    }
                    if let r = reading(of: t.surface) {
                        p.reading = r
                        p.origin = .lexicon
                        GlossRenderer.assignRole(&p)
                    } else {
                        let found = fallback(t.surface)
                        if !found.lead.isEmpty { p.lead = [found.lead] }
                        p.core = found.english
                        p.origin = found.origin
                        p.role = found.origin == .nameLexicon || found.origin == .model ? .name : .other
                    }
                }
            }
            pieces.append(p)
            i += 1
        }
        return pieces
    }

    /// A multi-word lexicon entry starting at `i` (الولايات المتحدة → United States), longest first.
    private func multiWord(_ tokens: [GlossInput], at i: Int) -> GlossPiece? {
        guard let lookup, i + 1 < tokens.count, tokens[i + 1].kind == .arabic, tokens[i + 1].fixedEnglish == nil else { return nil }
        var first = LexiconLookup.key(tokens[i].surface)
        guard spans.first.contains(ByteKey(first)) || first.count > 2 && spans.first.contains(ByteKey(String(first.dropFirst()))) else {
            return nil
        }
        let second = LexiconLookup.key(tokens[i + 1].surface)
        var conj: String?
        if !spans.prefixes.contains(ByteKey(first + " " + second)) {
            guard let c = first.first, c == "و" || c == "ف", spans.prefixes.contains(ByteKey(String(first.dropFirst()) + " " + second)) else { return nil }
            conj = String(c)
            first = String(first.dropFirst())
        }
        var n = min(4, tokens.count - i)
        while n >= 2 {
            let span = tokens[i..<(i + n)]
            if span.dropFirst().allSatisfy({ $0.kind == .arabic && $0.fixedEnglish == nil }) {
                let key = ([first] + span.dropFirst().map { LexiconLookup.key($0.surface) }).joined(separator: " ")
                let found = lookup.lexicon.analyses(of: key).filter { !$0.features.contains(.wordNet) && !$0.firstSense.isEmpty }
                if let best = found.first {
                    let p = GlossPiece(tokens: i..<(i + n), kind: .arabic, surface: span.map(\.surface).joined(separator: " "))
                    p.reading = WordReading(proclitics: conj.map { [$0] } ?? [], stem: key, enclitic: nil, analyses: found, source: .exact)
                    p.analysis = best
                    p.origin = .lexicon
                    p.role = best.pos == .name ? .name : (best.pos == .adj ? .adjective : (best.pos.isNominal ? .noun : .other))
                    p.hasProclitic = conj != nil
                    p.functionStem = "multi"
                    return p
                }
            }
            n -= 1
        }
        return nil
    }
}

/// The first one and two words of the lexicon's multi-word entries (about 1,200), shared by glossers.
final class MultiWordSpans: Sendable {
    let prefixes: Set<ByteKey>
    let first: Set<ByteKey>

    init(_ prefixes: [String]) {
        self.prefixes = Set(prefixes.map { ByteKey($0) })
        first = Set(prefixes.compactMap { $0.split(separator: " ").first.map { ByteKey(String($0)) } })
    }
}
