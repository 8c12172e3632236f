/// One way to split an Arabic word into clitics and a stem.
///
/// وبالحرس ("and by the Guard"): proclitics ["و", "ب"], stem "الحرس", enclitic nil.
/// The parts spell the surface exactly, marks included.
public struct CliticSplit: Sendable, Hashable {
    /// Proclitics in order: و ف, then ب ل ك or س.
    public var proclitics: [String]
    /// The stem as written, with the article ال kept on it (للحرس → stem لحرس, see `restoredStem`).
    public var stem: String
    /// A pronoun enclitic (ه ها هم هما هن ك كم كما كن ي ني نا), if split off.
    public var enclitic: String?

    /// True for a split kept only because its stem might be a name the word list lacks
    /// (وبوتين → و + بوتين): ranked after every split the word list supports.
    public var isGuess: Bool

    /// The stem with the article restored after ل: للحرس → ل + الحرس ("for the Guard").
    /// The analyzer keeps a stem that really begins with ل as it is (للبنان → لبنان,
    /// "for Lebanon") when the word list knows it better; otherwise it equals `stem`.
    /// A lookup that misses on `restoredStem` should also try `stem`.
    public var restoredStem: String

    /// A split; `restoredStem` defaults to `stem` with ا put back when the last proclitic
    /// is ل and the stem begins with ل but not ال.
    public init(proclitics: [String] = [], stem: String, enclitic: String? = nil, isGuess: Bool = false,
                restoredStem: String? = nil) {
        self.proclitics = proclitics
        self.stem = stem
        self.enclitic = enclitic
        self.isGuess = isGuess
        if let restoredStem {
            self.restoredStem = restoredStem
        } else if proclitics.last == "ل", stem.hasPrefix("ل"), !stem.hasPrefix("ال") {
            self.restoredStem = "ا" + stem
        } else {
            self.restoredStem = stem
        }
    }

    /// The parts in UD order: proclitics, stem, enclitic.
    public var parts: [String] { proclitics + [stem] + (enclitic.map { [$0] } ?? []) }

    /// Whether anything was split off.
    public var isSplit: Bool { !proclitics.isEmpty || enclitic != nil }

}

/// Splits an Arabic word into proclitics, stem and enclitic.
///
/// وبالحرس ("and by the Guard") → و ب الحرس. The article ال stays on its stem,
/// as in Universal Dependencies. A split is accepted when its stem is in the word list
/// (Wiktionary headwords and inflected forms, `StemLexicon`) or by a few rules
/// (`SplitScorer`); a known whole word stays whole unless the split is clearly better.
/// Results are memoised per distinct word.
public struct CliticAnalyzer: Sendable {
    /// A shared analyzer with the default word list.
    public static let shared = CliticAnalyzer()

    private let lexicon: StemLexicon
    private let scorer: SplitScorer
    private let cache = AnalysisCache()

    private typealias L = LetterCode
    private static let conjunctions: [UInt8] = [L.waw, L.feh]
    private static let particles: [UInt8] = [L.beh, L.lam, L.kaf, L.seen]
    private static let enclitics: [[UInt8]] = ["هما", "كما", "ها", "هم", "هن", "كم", "كن", "ني", "نا", "ه", "ك", "ي"]
        .map(LetterCode.encode)

    /// An analyzer over the embedded word list.
    public init() { self.init(lexicon: .shared) }

    /// An analyzer over `lexicon`.
    public init(lexicon: StemLexicon) {
        self.lexicon = lexicon
        scorer = SplitScorer(lexicon: lexicon, grader: StemGrader(lexicon: lexicon))
    }

    /// Every plausible split of `word`, the most likely first; the unsplit word is always included.
    public func analyses(of word: String) -> [CliticSplit] {
        cache.value(for: word) { computeAnalyses(of: word) }
    }

    /// The most likely split of `word`.
    public func best(_ word: String) -> CliticSplit {
        analyses(of: word).first ?? CliticSplit(stem: word)
    }

    /// The parts of `word` in UD convention: proclitics, stem (with ال), enclitic.
    public func segmentUD(_ word: String) -> [String] {
        best(word).parts
    }

    private func computeAnalyses(of word: String) -> [CliticSplit] {
        let whole = CliticSplit(stem: word)
        let scalars = Array(word.unicodeScalars)
        let text = SurfaceText(word)
        // letters only: marks and tatweel are skipped, and remembered by position
        var positions: [Int] = []
        var codes: [UInt8] = []
        var foreignAt: Int?
        for (i, s) in scalars.enumerated() {
            if ArabicScalar.isDiacritic(s) || s == ArabicScalar.tatweel || ArabicScalar.isFormatControl(s) { continue }
            if LetterCode.code(s) == nil, foreignAt == nil { foreignAt = positions.count }
            positions.append(i)
            codes.append(LetterCode.code(s) ?? 0)
        }
        if let foreignAt {
            let number = prefixedNumber(codes, foreignAt: foreignAt, positions: positions, scalars: scalars, text: text)
            return [number, whole].compactMap { $0 }
        }
        if codes.count < 2 { return [whole] }
        let wholeFlags = lexicon.flags(codes)
        var scored: [(score: Double, candidate: SplitCandidate)] = []
        var guesses: [SplitCandidate] = []
        for c in candidates(codes) {
            if let s = scorer.score(c, in: codes, wholeFlags: wholeFlags) {
                scored.append((s, c))
            } else if c.encliticLength == 0, let last = c.proclitics.last, last != L.seen, c.stemEnd - c.stemStart >= 3 {
                guesses.append(c)
            }
        }
        // stable: among equal scores the earlier (fewer, outer clitics) candidate wins
        let ranked = scored.enumerated().sorted {
            $0.element.score != $1.element.score ? $0.element.score > $1.element.score : $0.offset < $1.offset
        }
        var result = ranked.map { split($0.element.candidate, codes: codes, positions: positions, scalars: scalars, text: text) }
        if !result.contains(where: { !$0.isSplit }) { result.append(whole) }
        for g in guesses {
            var s = split(g, codes: codes, positions: positions, scalars: scalars, text: text)
            s.isGuess = true
            result.append(s)
        }
        return result
    }

    /// و/ف then ب/ل/ك/س, each when the rest keeps two letters; every enclitic that leaves a host.
    private func candidates(_ w: [UInt8]) -> [SplitCandidate] {
        var prefixes: [[UInt8]] = []
        for first in [nil] + Self.conjunctions.map(Optional.some) {
            for second in [nil] + Self.particles.map(Optional.some) {
                let p = [first, second].compactMap { $0 }
                if p.isEmpty || (w.count - p.count >= 2 && w.starts(with: p)) { prefixes.append(p) }
            }
        }
        var out: [SplitCandidate] = []
        for p in prefixes {
            out.append(SplitCandidate(proclitics: p, stemStart: p.count, stemEnd: w.count, encliticLength: 0))
            for e in Self.enclitics where w.count - p.count > e.count && w[(w.count - e.count)...].elementsEqual(e) {
                let host = w[p.count..<(w.count - e.count)]
                let oneLetterHost = (p.isEmpty || p == [L.waw] || p == [L.feh]) && host.count == 1 && (host.first == L.beh || host.first == L.lam) && e != [L.yeh]
                if host.count >= 2 || oneLetterHost {
                    out.append(SplitCandidate(proclitics: p, stemStart: p.count, stemEnd: w.count - e.count, encliticLength: e.count))
                }
            }
        }
        return out
    }

    /// ب15000, و2006: one or two proclitic letters glued to a number or Latin word.
    private func prefixedNumber(_ codes: [UInt8], foreignAt: Int, positions: [Int], scalars: [Unicode.Scalar],
                                text: SurfaceText) -> CliticSplit? {
        guard foreignAt >= 1, foreignAt <= 2, codes[foreignAt...].allSatisfy({ $0 == 0 }) else { return nil }
        let p = Array(codes[..<foreignAt])
        let valid = p.count == 1 ? (Self.conjunctions + Self.particles.dropLast()).contains(p[0])
            : Self.conjunctions.contains(p[0]) && Self.particles.dropLast().contains(p[1])
        guard valid, ArabicScalar.isDigit(scalars[positions[foreignAt]]) else { return nil }
        return split(SplitCandidate(proclitics: p, stemStart: foreignAt, stemEnd: codes.count, encliticLength: 0),
                     codes: codes, positions: positions, scalars: scalars, text: text)
    }

    /// The surface parts of a candidate: a proclitic keeps its own marks, a tatweel goes to the stem.
    private func split(_ c: SplitCandidate, codes: [UInt8], positions: [Int], scalars: [Unicode.Scalar],
                       text: SurfaceText) -> CliticSplit {
        var proclitics: [String] = []
        var start = 0
        for k in 0..<c.proclitics.count {
            var end = positions[k] + 1
            while end < scalars.count, ArabicScalar.isDiacritic(scalars[end]) { end += 1 }
            proclitics.append(text[start..<end])
            start = end
        }
        let stemEnd = c.encliticLength > 0 ? positions[c.stemEnd] : scalars.count
        let stem = text[start..<stemEnd]
        let enclitic = c.encliticLength > 0 ? text[stemEnd..<scalars.count] : nil
        var restored: String?
        if c.proclitics.last == L.lam, c.stemStart < codes.count, codes[c.stemStart] == L.lam {
            // ل + لبنان keeps its ل when the word list knows لبنان better than البنان
            let letters = codes[c.stemStart..<c.stemEnd]
            let asWritten = lexicon.flags(letters), withArticle = lexicon.flags([L.alef] + letters)
            if asWritten.contains(.exact),
               !withArticle.contains(.exact) || (asWritten.contains(.headword) && !withArticle.contains(.headword)) {
                restored = stem
            }
        }
        return CliticSplit(proclitics: proclitics, stem: stem, enclitic: enclitic, restoredStem: restored)
    }
}

/// A word's UTF-8 bytes with each scalar's byte offset, so parts are cut without re-encoding.
private struct SurfaceText {
    let bytes: [UInt8]
    let offsets: [Int]

    init(_ word: String) {
        bytes = Array(word.utf8)
        var offsets: [Int] = []
        offsets.reserveCapacity(bytes.count + 1)
        for (i, b) in bytes.enumerated() where b & 0xC0 != 0x80 { offsets.append(i) }
        offsets.append(bytes.count)
        self.offsets = offsets
    }

    /// The text of scalars `r`.
    subscript(r: Range<Int>) -> String {
        String(decoding: bytes[offsets[r.lowerBound]..<offsets[r.upperBound]], as: UTF8.self)
    }
}
