/// Finds multi-word lexicon entries and fixed expressions at a token, longest first.
///
/// الولايات المتحدة → "United States"; بما في ذلك → "including"; ومن أجل → "and" + "in order
/// to" (a proclitic on the first word is split off); ووفقا لرويترز → "and" + "according to",
/// where the expression's last word ل is the proclitic of the next token, which then loses its
/// own "to". Spellings without hamza (بالاضافة الى) match through the lexicon's loose key.
final class ExpressionMatcher: Sendable {
    /// A match: the piece for the expression and the proclitic it takes from the next token.
    struct Match {
        let piece: GlossPiece
        /// ل, ب or ك when the expression ends in the next token's proclitic (وفقا ل), else nil.
        let absorbed: String?
    }

    /// Letters that end an expression as the next word's proclitic (وفقا ل، فيما يتعلق ب).
    static let cliticLetters: Set<Unicode.Scalar> = ["\u{0644}", "\u{0628}", "\u{0643}"]

    /// English prepositions that end an expression's gloss and link it to the next word.
    static let linkingWords: Set<String> = ["for", "of", "to", "with", "from", "in", "on", "about", "by"]

    /// A way to read a token's start: the word without some proclitics, and its loose spelling.
    struct Lead: Sendable {
        let first: String
        let folded: String
        let proclitics: [String]
    }

    let lexicon: Lexicon
    let spans: MultiWordSpans

    init(lexicon: Lexicon, spans: MultiWordSpans) {
        self.lexicon = lexicon
        self.spans = spans
    }

    /// The ways a written word may start an entry (almost always none); the glosser caches them per word.
    func leads(of surface: String) -> [Lead] {
        Self.leads(LexiconLookup.key(surface)).compactMap { first, proclitics in
            let lead = Lead(first: first, folded: MultiWordSpans.fold(first), proclitics: proclitics)
            return spans.startsSpan(lead) ? lead : nil
        }
    }

    /// The longest expression starting at token `i` (Arabic, not fixed, with these `leads`), or nil.
    func match(_ tokens: [GlossInput], at i: Int, leads: [Lead]) -> Match? {
        guard i + 1 < tokens.count, tokens[i + 1].kind == .arabic else { return nil }
        let second = LexiconLookup.key(tokens[i + 1].surface)
        var foldedSecond: String?
        for lead in leads {
            let (first, proclitics) = (lead.first, lead.proclitics)
            let secondLetter = second.unicodeScalars.first.flatMap { Self.cliticLetters.contains($0) && second.unicodeScalars.count > 1 ? String($0) : nil }
            let plain = spans.follows(lead, second, folded: &foldedSecond)
            var none: String?
            let clitic = secondLetter.map { spans.follows(lead, $0, folded: &none) } ?? false
            guard plain || clitic else { continue }
            // Whole words: up to four, none fixed by the caller after the first.
            var n = min(4, tokens.count - i)
            while plain, n >= 2 {
                let span = tokens[(i + 1)..<(i + n)]
                if span.allSatisfy({ $0.kind == .arabic && $0.fixedEnglish == nil }) {
                    let key = ([first] + span.map { LexiconLookup.key($0.surface) }).joined(separator: " ")
                    if let piece = piece(tokens, i..<(i + n), key, proclitics) { return Match(piece: piece, absorbed: nil) }
                }
                n -= 1
            }
            // Words then the next token's proclitic: وفقا ل + رويترز, فيما يتعلق ب + …
            var m = min(3, tokens.count - i - 1)
            while m >= 1 {
                let words = tokens[(i + 1)..<(i + m)]
                let carrier = LexiconLookup.key(tokens[i + m].surface)
                if words.allSatisfy({ $0.kind == .arabic && $0.fixedEnglish == nil }), tokens[i + m].kind == .arabic,
                   let letter = carrier.unicodeScalars.first, Self.cliticLetters.contains(letter), carrier.unicodeScalars.count > 1 {
                    let key = ([first] + words.map { LexiconLookup.key($0.surface) } + [String(letter)]).joined(separator: " ")
                    if let piece = piece(tokens, i..<(i + m), key, proclitics) { return Match(piece: piece, absorbed: String(letter)) }
                }
                m -= 1
            }
        }
        return nil
    }

    /// The first word as written, then without و/ف, ل/ب, or both (ولعقد → و + ل + عقد), and ل
    /// before the article with its alef restored (للولايات → ل + الولايات).
    static func leads(_ word: String) -> [(String, [String])] {
        var out: [(String, [String])] = [(word, [])]
        let s = Array(word.unicodeScalars)
        guard s.count > 2 else { return out }
        let conj = s[0] == "\u{0648}" || s[0] == "\u{0641}"
        let prep = s[0] == "\u{0644}" || s[0] == "\u{0628}"
        if conj || prep { out.append((String(scalars: s.dropFirst()), [String(s[0])])) }
        if conj, s.count > 3, s[1] == "\u{0644}" || s[1] == "\u{0628}" {
            out.append((String(scalars: s.dropFirst(2)), [String(s[0]), String(s[1])]))
        }
        // ل before the article drops its alef: للولايات = ل + الولايات, وللأمم = و + ل + الأمم.
        let lam: Unicode.Scalar = "\u{0644}"
        let article = "\u{0627}\u{0644}"
        if s.count > 3, s[0] == lam, s[1] == lam {
            out.append((article + String(scalars: s.dropFirst(2)), ["ل"]))
        } else if conj, s.count > 4, s[1] == lam, s[2] == lam {
            out.append((article + String(scalars: s.dropFirst(3)), [String(s[0]), "ل"]))
        }
        return out
    }

    private func piece(_ tokens: [GlossInput], _ range: Range<Int>, _ key: String, _ proclitics: [String]) -> GlossPiece? {
        var found = lexicon.analyses(of: key)
        if found.isEmpty { found = lexicon.looseAnalyses(of: key) }
        found = found.filter { !$0.features.contains(.wordNet) && !$0.firstSense.isEmpty }
        guard let best = found.first else { return nil }
        // A proclitic split off the first word must suit the expression: ل + a phrase or noun
        // (لعقد اجتماع "to hold a meeting"), not ل before a preposition (لمن أجل).
        if proclitics.contains(where: { $0 != "و" && $0 != "ف" }), best.pos != .phrase, !best.pos.isNominal, best.pos != .name { return nil }
        let p = GlossPiece(tokens: range, kind: .arabic, surface: tokens[range].map(\.surface).joined(separator: " "))
        p.reading = WordReading(proclitics: proclitics, stem: key, enclitic: nil, analyses: found, source: .exact)
        p.analysis = best
        p.origin = .lexicon
        // One ending in a preposition ("spokesman for") already links what follows: no "of" after it.
        let linked = best.firstSense.split(separator: " ").last.map { Self.linkingWords.contains(String($0)) } ?? false
        p.role = best.pos == .name ? .name : (best.pos == .adj ? .adjective : (best.pos.isNominal && !linked ? .noun : .other))
        p.hasProclitic = !proclitics.isEmpty
        p.functionStem = "multi"
        return p
    }
}

/// The first two words of the lexicon's multi-word entries (about 1,300), as written and in
/// the loose spelling, by first word; shared by glossers.
final class MultiWordSpans: Sendable {
    let seconds: [ByteKey: Set<ByteKey>]
    let looseSeconds: [ByteKey: Set<ByteKey>]

    init(_ prefixes: [String]) {
        var exact: [ByteKey: Set<ByteKey>] = [:]
        var loose: [ByteKey: Set<ByteKey>] = [:]
        for prefix in prefixes {
            let words = prefix.split(separator: " ", maxSplits: 1).map(String.init)
            guard words.count == 2 else { continue }
            exact[ByteKey(words[0]), default: []].insert(ByteKey(words[1]))
            loose[ByteKey(Self.fold(words[0])), default: []].insert(ByteKey(Self.fold(words[1])))
        }
        seconds = exact
        looseSeconds = loose
    }

    /// Whether a lead's word starts a multi-word entry, as written or in the loose spelling.
    func startsSpan(_ lead: ExpressionMatcher.Lead) -> Bool {
        seconds[ByteKey(lead.first)] != nil || looseSeconds[ByteKey(lead.folded)] != nil
    }

    /// Whether `second` can follow the lead's word in an entry; `folded` caches `second` folded.
    func follows(_ lead: ExpressionMatcher.Lead, _ second: String, folded: inout String?) -> Bool {
        if seconds[ByteKey(lead.first)]?.contains(ByteKey(second)) == true { return true }
        guard let set = looseSeconds[ByteKey(lead.folded)] else { return false }
        let f = folded ?? Self.fold(second)
        folded = f
        return set.contains(ByteKey(f))
    }

    /// The loose spelling; the word itself (no copy) when it has no letter to fold.
    static func fold(_ s: String) -> String {
        s.unicodeScalars.contains(where: folds) ? LooseKey.fold(s) : s
    }

    /// Letters the loose key changes (أ إ آ ٱ ى ة ؤ ئ).
    static func folds(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x0623, 0x0625, 0x0622, 0x0671, 0x0649, 0x0629, 0x0624, 0x0626: return true
        default: return false
        }
    }
}
