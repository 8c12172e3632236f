/// Drafts English for an Arabic article, sentence by sentence: glossary
/// renderings where entries match, known names from the name lexicons, and a
/// marked transliteration for every other word; words that look like names
/// are listed as glossary candidates.
///
/// Not thread-safe (its matcher caches per word): one drafter per thread.
public final class Drafter {
    public let matcher: TermMatcher
    public let services: any DraftWordServices
    private let segmenter = DocumentSegmenter()
    private let tokenizer = WordTokenizer()
    private let joiner = EnglishLineJoiner()
    private var wordCache: [String: WordReading] = [:]

    /// How one written word is rendered.
    struct WordReading {
        var english: String
        var origin: String
        var isNameCandidate: Bool
        var source: String?
    }

    public init(index: TermIndex, services: any DraftWordServices) {
        self.matcher = TermMatcher(index: index)
        self.services = services
    }

    /// Drafts a whole text.
    public func draft(_ text: String) -> DraftDocument {
        DraftDocument(sentences: draft(chunk: text, firstParagraph: 0, firstSentence: 0))
    }

    /// Drafts a chunk of a longer text (one or more whole paragraphs), numbering
    /// paragraphs and sentences from the given indices.
    public func draft(chunk: String, firstParagraph: Int, firstSentence: Int) -> [DraftSentence] {
        let document = segmenter.segment(chunk)
        return document.sentences.map {
            draft(sentence: $0.text, index: firstSentence + $0.index, paragraph: firstParagraph + $0.paragraph)
        }
    }

    /// Drafts one sentence. Offsets in the result are scalar offsets into `sentence`.
    public func draft(sentence: String, index: Int, paragraph: Int) -> DraftSentence {
        let scalars = Array(sentence.unicodeScalars)
        let tokens = tokenizer.tokenize(scalars: scalars, in: 0..<scalars.count)
        let found = matcher.matches(tokens: tokens, scalars: scalars)
        var matchAt: [Int: TermMatch] = [:]
        for m in found { matchAt[m.tokenRange.lowerBound] = m }

        var pieces: [String] = []
        var draftTokens: [DraftToken] = []
        var unknown: [UnknownName] = []
        var i = 0
        while i < tokens.count {
            if let m = matchAt[i] {
                pieces.append(m.entry.english)
                draftTokens.append(DraftToken(start: m.range.lowerBound, end: m.range.upperBound, surface: m.surface, english: m.entry.english, origin: "glossary"))
                i = m.tokenRange.upperBound
                continue
            }
            let t = tokens[i]
            i += 1
            switch t.kind {
            case .arabic:
                let r = reading(of: t.text)
                pieces.append(r.origin == "model" && !r.isNameCandidate ? DraftMarkers.transliterated(r.english) : r.english)
                draftTokens.append(DraftToken(start: t.range.lowerBound, end: t.range.upperBound, surface: t.text, english: r.english, origin: r.origin))
                if r.isNameCandidate {
                    unknown.append(UnknownName(start: t.range.lowerBound, end: t.range.upperBound, surface: t.text, transliteration: r.english, origin: r.origin, source: r.source))
                }
            case .punctuation:
                let p = joiner.punctuation(t.text)
                pieces.append(p)
                draftTokens.append(DraftToken(start: t.range.lowerBound, end: t.range.upperBound, surface: t.text, english: p, origin: "none"))
            case .number:
                let n = Normalizer(.asciiDigits).key(t.text)
                pieces.append(n)
                draftTokens.append(DraftToken(start: t.range.lowerBound, end: t.range.upperBound, surface: t.text, english: n, origin: "none"))
            case .latin, .symbol:
                pieces.append(t.text)
                draftTokens.append(DraftToken(start: t.range.lowerBound, end: t.range.upperBound, surface: t.text, english: t.text, origin: "none"))
            }
        }
        let matches = found.map { m in
            DraftMatch(start: m.range.lowerBound, end: m.range.upperBound, surface: m.surface, arabic: m.matchedForm,
                       english: m.entry.english, type: m.entry.type, entryId: m.entry.id ?? 0,
                       alternatives: m.alternatives.isEmpty ? nil : m.alternatives.map(\.english))
        }
        return DraftSentence(index: index, paragraph: paragraph, source: sentence, draft: joiner.join(pieces),
                             matches: matches, unknown: unknown, tokens: draftTokens)
    }

    private func reading(of word: String) -> WordReading {
        if let r = wordCache[word] { return r }
        let r: WordReading
        if let name = services.knownName(word) {
            r = WordReading(english: name.english, origin: "name-lexicon", isNameCandidate: true, source: name.source)
        } else {
            let ordinary = services.isOrdinaryWord(word)
            r = WordReading(english: services.transliterate(word), origin: "model", isNameCandidate: !ordinary, source: nil)
        }
        if wordCache.count > 100_000 { wordCache.removeAll(keepingCapacity: true) }
        wordCache[word] = r
        return r
    }
}
