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
    private let cache = SharedCache<ByteKey, CachedWord>(limit: 200_000)

    /// What a glosser knows of one written word: its reading and the expressions it may start.
    struct CachedWord: Sendable {
        let reading: WordReading?
        let leads: [ExpressionMatcher.Lead]
    }
    private let spans: MultiWordSpans
    private let expressions: ExpressionMatcher?

    public init(lookup: LexiconLookup?, options: Options = Options()) {
        self.init(lookup: lookup, options: options, spans: MultiWordSpans(lookup?.lexicon.multiWordPrefixes() ?? []))
    }

    private init(lookup: LexiconLookup?, options: Options, spans: MultiWordSpans) {
        self.lookup = lookup
        self.options = options
        self.spans = spans
        expressions = lookup.map { ExpressionMatcher(lexicon: $0.lexicon, spans: spans) }
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
        if options.contextRules {
            ReadingChooser.choose(&pieces)
            DegreeReader.prepare(pieces)
            GlossRenderer.markVerbForms(&pieces)
        }
        for i in pieces.indices { GlossRenderer.render(&pieces, i, contextRules: options.contextRules) }
        if options.contextRules {
            SenseChooser.choose(&pieces)
            DegreeReader.shape(pieces)
            ClauseShaper.shape(&pieces)
            OwnShaper.shape(&pieces)
        }
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
    public func reading(of word: String) -> WordReading? { cached(word).reading }

    /// The cached reading and expression leads of one written word (one lookup per token).
    func cached(_ word: String) -> CachedWord {
        cache.value(for: ByteKey(word)) {
            CachedWord(reading: lookUp(word), leads: expressions?.leads(of: word) ?? [])
        }
    }

    private func lookUp(_ word: String) -> WordReading? {
        let key = LexiconLookup.key(word)
        if FunctionWords.table[ByteKey(key)] != nil {
            return WordReading(proclitics: [], stem: key, enclitic: nil, analyses: [], source: .functionWord)
        }
        return lookup?.reading(of: word)
    }

    private func makePieces(_ tokens: [GlossInput], _ fallback: (String) -> GlossFallback) -> [GlossPiece] {
        var pieces: [GlossPiece] = []
        pieces.reserveCapacity(tokens.count)
        var i = 0
        // The proclitic the previous expression took from this token (وفقا ل + رويترز).
        var absorbed: String?
        while i < tokens.count {
            let t = tokens[i]
            var p = GlossPiece(tokens: i..<(i + 1), kind: t.kind, surface: t.surface)
            let taken = absorbed
            absorbed = nil
            if taken == nil, let (english, count) = AcronymReader.read(tokens, at: i) {
                let a = GlossPiece(tokens: i..<(i + count), kind: t.kind, surface: tokens[i..<(i + count)].map(\.surface).joined(separator: " "))
                a.role = .name
                a.origin = .nameLexicon
                a.core = english
                pieces.append(a)
                i += count
                continue
            }
            if let fixed = t.fixedEnglish, !nameListWordGivesWay(tokens, at: i, after: pieces.last) {
                p.role = t.isName ? .name : (t.isAdjective ? .adjective : .fixed)
                p.origin = t.fixedOrigin ?? (t.isName ? .nameLexicon : .glossary)
                p.core = fixed
                if t.isOrganization, !t.isPlace, BodyNamer.takesArticle(surface: t.surface, english: fixed) {
                    p.core = BodyNamer.withArticle(fixed)
                    p.articleInCore = true
                }
                p.isPlace = t.isPlace
                p.isOrganization = t.isOrganization
                p.fixedDefinite = (!t.isName || t.isOrganization) && BodyNamer.isDefinite(t.surface)
                p.hasProclitic = Self.carriesProclitic(english: fixed, surface: t.surface)
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
                    let word = cached(t.surface)
                    if taken == nil, !word.leads.isEmpty, !Self.governed(t.surface, after: pieces.last),
                       let found = expressions?.match(tokens, at: i, leads: word.leads) {
                        pieces.append(found.piece)
                        i = found.piece.tokens.upperBound
                        absorbed = found.absorbed
                        continue
                    }
                    if let r = word.reading, !Self.afterTitle(pieces.last) {
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
            if let taken { Self.dropProclitic(taken, from: p) }
            pieces.append(p)
            i += 1
        }
        return pieces
    }

    /// Whether a word follows a title (السيد، السيدة، الآنسة): it is a name, not a dictionary word
    /// (السيدة كلينتون "Mrs Clinton", not "as soft").
    private static func afterTitle(_ prev: GlossPiece?) -> Bool {
        guard let prev, prev.role == .noun, let r = prev.reading, r.enclitic == nil, r.proclitics.isEmpty else { return false }
        return isTitle(r.stem)
    }

    /// Whether a word is a title (السيد، السيدة، الآنسة); cheap first: their UTF-8 lengths.
    private static func isTitle(_ key: String) -> Bool {
        let n = key.utf8.count
        return (n == 10 || n == 12) && SenseChooser.titles[ByteKey(key)] != nil
    }

    /// Whether a name-list word is read as an ordinary word instead: a common verb, or a title before
    /// another word. Its lexicon key is made once for both tests.
    private func nameListWordGivesWay(_ tokens: [GlossInput], at i: Int, after prev: GlossPiece?) -> Bool {
        guard tokens[i].fixedOrigin == .nameLexicon else { return false }
        let key = LexiconLookup.key(tokens[i].surface)
        return nameYieldsToVerb(key, tokens, at: i, after: prev) || titleBeforeName(key, tokens, at: i)
    }

    /// Whether a name-list word is a title before another word (السيدة كلينتون): it reads as the title.
    private func titleBeforeName(_ key: String, _ tokens: [GlossInput], at i: Int) -> Bool {
        guard i + 1 < tokens.count, tokens[i + 1].kind == .arabic else { return false }
        return Self.isTitle(key)
    }

    /// Whether a preposition is the object marker of the verb before it (حصل على الأرض "obtained the
    /// land"), so it starts no expression (على الأرض "on the ground").
    private static func governed(_ word: String, after prev: GlossPiece?) -> Bool {
        guard let prev, prev.role == .verb, let lemma = prev.analysis?.lemma, VerbPrepositions.ala[lemma] != nil else { return false }
        return ByteKey(word) == "على"
    }

    /// Whether a name-list reading gives way to the word's verb reading: a bare word the lexicon
    /// reads first or second as a perfect verb spelled as its lemma (ترك "left", not the island
    /// Chuuk; ReadingChooser then picks the verb or the noun by context), not after a
    /// preposition (في ترك) nor after a verb, whose subject a name is (قال بكر "Bakr said"). Glossary terms always stand.
    private func nameYieldsToVerb(_ key: String, _ tokens: [GlossInput], at i: Int, after prev: GlossPiece?) -> Bool {
        guard tokens[i].kind == .arabic, prev?.role != .verb, let lexicon = lookup?.lexicon else { return false }
        // Cheap first: a perfect verb lemma has three to six letters, and is a key of its own.
        let n = key.unicodeScalars.count
        guard n >= 3, n <= 6, lexicon.analyses(of: key).prefix(2).contains(where: { a in
            a.pos == .verb && !a.features.contains(.imperfect) && !a.features.contains(.nominal)
                && ByteKey(a.lemma) == ByteKey(key) && !a.firstSense.isEmpty
        }) else { return false }
        return i == 0 || !ReadingChooser.prepositions.contains(ByteKey(LexiconLookup.key(tokens[i - 1].surface)))
    }

    /// Whether a fixed term's English starts with the English of a proclitic its Arabic carries
    /// (لإيران → "to Iran"): such a term takes no "of" after a noun and is not a verb's subject.
    static func carriesProclitic(english: String, surface: String) -> Bool {
        guard let first = surface.unicodeScalars.first, let space = english.firstIndex(of: " ") else { return false }
        let word = english[..<space].lowercased()
        switch first {
        case "\u{0648}": return word == "and"
        case "\u{0641}": return word == "so"
        case "\u{0644}": return word == "to"
        case "\u{0628}": return word == "in" || word == "with" || word == "by"
        case "\u{0643}": return word == "as"
        default: return false
        }
    }

    /// English a proclitic gives a fixed term or a name (ل "to", ب "in"/"with", ك "as").
    private static func procliticWords(_ letter: String) -> Set<String> {
        switch letter {
        case "ل": return ["to"]
        case "ب": return ["in", "with", "by"]
        default: return ["as"]
        }
    }

    /// Drops the English of a proclitic an expression took (وفقا ل + لرويترز: "Reuters", not "to Reuters").
    private static func dropProclitic(_ letter: String, from p: GlossPiece) {
        let words = procliticWords(letter)
        if p.reading != nil {
            p.absorbedProclitic = letter
        } else if let first = p.lead.first {
            let rest = first.split(separator: " ", maxSplits: 1)
            if let head = rest.first, words.contains(head.lowercased()) { p.lead[0] = rest.count > 1 ? String(rest[1]) : "" }
        } else if let space = p.core.firstIndex(of: " "), words.contains(p.core[..<space].lowercased()) {
            p.core = String(p.core[p.core.index(after: space)...])
        }
    }
}
