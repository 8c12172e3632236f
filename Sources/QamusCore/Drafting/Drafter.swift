/// How the English draft line is written.
public enum DraftStyle: String, Sendable, CaseIterable {
    /// Every word in English, in English order where the rule is reliable (for analysts).
    case gloss
    /// Glossary terms and transliterated names in English, other words left in Arabic
    /// (for translators who read Arabic).
    case names
}

/// Drafts English for an Arabic article, sentence by sentence: glossary
/// renderings where entries match, known names from the name lexicons, a gloss
/// of every ordinary word, and a marked transliteration for words no lexicon
/// knows; words that look like names are listed as glossary candidates.
///
/// Not thread-safe (it caches per word): one drafter per thread.
public final class Drafter {
    public let matcher: TermMatcher
    public let services: any DraftWordServices
    public let style: DraftStyle
    private let segmenter = DocumentSegmenter()
    private let tokenizer = WordTokenizer()
    private var nameReadings: [ByteKey: (lead: String, name: NameSpelling)] = [:]

    public init(index: TermIndex, services: any DraftWordServices, style: DraftStyle = .gloss) {
        self.matcher = TermMatcher(index: index)
        self.services = services
        self.style = style
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
        var inputs: [GlossInput] = []
        inputs.reserveCapacity(tokens.count)
        var m = 0
        var i = 0
        while i < tokens.count {
            if m < found.count, found[m].tokenRange.lowerBound == i {
                let match = found[m]
                inputs.append(GlossInput(surface: match.surface, range: match.range, kind: .arabic,
                                         fixedEnglish: ProcliticEnglish.prefix(match) + match.entry.english + (match.suffix == "s" ? "s" : ""),
                                         fixedOrigin: .glossary, isName: ProcliticEnglish.isName(match.entry.type),
                                         isAdjective: match.proclitics.isEmpty && ProcliticEnglish.isAdjective(match),
                                         isPlace: ProcliticEnglish.isPlace(match.entry.type),
                                         isOrganization: ProcliticEnglish.isOrganization(match.entry.type)))
                i = match.tokenRange.upperBound
                m += 1
                continue
            }
            let t = tokens[i]
            var input = GlossInput(t)
            if t.kind == .arabic, let name = services.knownName(t.text) {
                input.fixedEnglish = name.english
                input.fixedOrigin = .nameLexicon
                input.isName = true
                input.isPlace = name.isPlace
            }
            inputs.append(input)
            i += 1
        }
        let glossed = services.gloss(inputs) { word in
            let t = self.nameReading(word)
            return GlossFallback(lead: t.lead, english: t.name.english, origin: t.name.origin == "name-lexicon" ? .nameLexicon : .model)
        }
        var draftTokens: [DraftToken] = []
        var unknown: [UnknownName] = []
        var names: [String] = []
        draftTokens.reserveCapacity(glossed.tokens.count)
        for g in glossed.tokens {
            draftTokens.append(DraftToken(start: g.start, end: g.end, surface: g.surface, english: g.english, origin: g.origin.rawValue))
            switch g.origin {
            case .nameLexicon, .model:
                let name = services.knownName(g.surface) ?? nameReading(g.surface).name
                unknown.append(UnknownName(start: g.start, end: g.end, surface: g.surface, transliteration: name.english,
                                           origin: g.origin.rawValue, source: g.origin == .nameLexicon ? name.source : nil))
                if g.origin == .model {
                    // Proclitics stay outside the marks: "and ‹Sichinov›".
                    let lead = nameReading(g.surface).lead
                    if !lead.isEmpty, g.english.hasPrefix(lead + " ") {
                        names.append(lead + " " + DraftMarkers.transliterated(String(g.english.dropFirst(lead.count + 1))))
                    } else {
                        names.append(DraftMarkers.transliterated(g.english))
                    }
                } else {
                    names.append(g.english)
                }
            case .glossary, .none:
                names.append(g.english)
            case .lexicon:
                names.append(g.surface)
            }
        }
        let matches = found.map { m in
            DraftMatch(start: m.range.lowerBound, end: m.range.upperBound, surface: m.surface, arabic: m.matchedForm,
                       english: m.entry.english, type: m.entry.type, entryId: m.entry.id ?? 0,
                       alternatives: m.alternatives.isEmpty ? nil : m.alternatives.map(\.english))
        }
        let line = style == .gloss ? glossed.english : EnglishLineJoiner().join(names.filter { !$0.isEmpty })
        return DraftSentence(index: index, paragraph: paragraph, source: sentence, draft: line,
                             matches: matches, unknown: unknown, tokens: draftTokens)
    }

    /// A word no lexicon glosses, read as a name: proclitics the clitic analyser splits
    /// off are rendered in English and the name is transliterated without them
    /// (وسيتشينوف → "and" + "Sichinov"), unless a name list knows the whole word.
    private func nameReading(_ word: String) -> (lead: String, name: NameSpelling) {
        let key = ByteKey(word)
        if let cached = nameReadings[key] { return cached }
        var reading: (lead: String, name: NameSpelling)?
        if let known = services.lexiconName(word) {
            reading = ("", known)
        } else if let split = CliticAnalyzer.shared.analyses(of: word).first(where: {
            !$0.proclitics.isEmpty && $0.enclitic == nil && $0.restoredStem.unicodeScalars.count >= 3
        }) {
            let lead = ProcliticEnglish.words(split.proclitics)
            reading = (lead, services.transliterate(split.restoredStem))
        }
        let result = reading ?? ("", services.transliterate(word))
        if nameReadings.count > 200_000 { nameReadings.removeAll(keepingCapacity: true) }
        nameReadings[key] = result
        return result
    }
}
