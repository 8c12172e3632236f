/// Finds glossary entries in sentences: through proclitics (وبوتين, للحرس الثوري),
/// spelling variants (ايران = إيران), diacritics and tatweel, and the inflections
/// an entry allows — longest match first, never inside another word.
///
/// Not thread-safe (it caches per distinct word): use one matcher per thread;
/// the `TermIndex` it reads is shared.
public final class TermMatcher {
    /// The compiled glossary.
    public let index: TermIndex
    private let tokenizer = WordTokenizer()
    private var keyCache: [String: String] = [:]
    private var candidateCache: [String: [Candidate]] = [:]
    private let cacheLimit: Int

    /// A pattern the first word may start, with how the word was read.
    private struct Candidate {
        var pattern: Int
        var proclitics: String
        var changes: Int
        var suffix: String
    }

    public init(index: TermIndex, cacheLimit: Int = 200_000) {
        self.index = index
        self.cacheLimit = cacheLimit
    }

    /// Matches in `text` (offsets are scalar offsets into `text`).
    public func matches(in text: String) -> [TermMatch] {
        let scalars = Array(text.unicodeScalars)
        return matches(tokens: tokenizer.tokenize(scalars: scalars, in: 0..<scalars.count), scalars: scalars)
    }

    /// Matches over already tokenized text; offsets are those of the tokens.
    public func matches(tokens: [Token], scalars: [Unicode.Scalar]) -> [TermMatch] {
        var result: [TermMatch] = []
        if index.patterns.isEmpty { return result }
        var keys = [String?](repeating: nil, count: tokens.count)
        func key(_ i: Int) -> String {
            if let k = keys[i] { return k }
            let k = cachedKey(tokens[i].text)
            keys[i] = k
            return k
        }
        var i = 0
        while i < tokens.count {
            guard tokens[i].isWord else { i += 1; continue }
            var best: (length: Int, words: Int, changes: Int, candidate: Candidate, suffix: String)?
            for c in candidates(for: tokens[i].text, key: key(i)) {
                let pattern = index.patterns[c.pattern]
                let n = pattern.keys.count
                var suffix = c.suffix
                var last = i
                if n > 1 {
                    var ok = true
                    for k in 1..<n {
                        guard let j = nextWord(after: last, tokens), key(j) == pattern.keys[k] || k == n - 1 else { ok = false; break }
                        last = j
                    }
                    guard ok, let s = index.lastWord(key(last), matches: pattern) else { continue }
                    suffix = s
                }
                let length = last - i + 1
                let changes = c.changes + (suffix.isEmpty ? 0 : 1)
                if best == nil || n > best!.words || (n == best!.words && changes < best!.changes) {
                    best = (length, n, changes, c, suffix)
                }
            }
            guard let best else { i += 1; continue }
            let pattern = index.patterns[best.candidate.pattern]
            let range = tokens[i].range.lowerBound..<tokens[i + best.length - 1].range.upperBound
            var surface = String.UnicodeScalarView()
            surface.append(contentsOf: scalars[range])
            let entries = pattern.entries.map { index.entries[$0] }
            result.append(TermMatch(
                range: range, tokenRange: i..<(i + best.length), surface: String(surface),
                entry: entries[0], alternatives: Array(entries.dropFirst()), matchedForm: pattern.form,
                proclitics: best.candidate.proclitics, suffix: best.suffix))
            i += best.length
        }
        return result
    }

    /// The next word token after `i`, stepping over quotation marks inside a term
    /// (وكالة “فارس”); `nil` at the end or at any other punctuation.
    private func nextWord(after i: Int, _ tokens: [Token]) -> Int? {
        var j = i + 1
        while j < tokens.count, tokens[j].kind == .punctuation, Self.quotes.contains(tokens[j].text) { j += 1 }
        return j < tokens.count && tokens[j].isWord ? j : nil
    }

    private static let quotes: Set<String> = ["\"", "“", "”", "«", "»", "'", "‘", "’"]

    private func cachedKey(_ text: String) -> String {
        if let k = keyCache[text] { return k }
        let k = Normalizer.matching.key(text)
        if keyCache.count >= cacheLimit { keyCache.removeAll(keepingCapacity: true) }
        keyCache[text] = k
        return k
    }

    /// Patterns a word may begin, cached per distinct written word.
    private func candidates(for text: String, key: String) -> [Candidate] {
        if let c = candidateCache[text] { return c }
        var found: [Candidate] = []
        for reading in MatchKeyVariants.readings(of: key) {
            let baseChanges = (reading.proclitics.isEmpty ? 0 : 1) + (reading.articleChanged ? 1 : 0)
            for p in index.byFirstKey[reading.key] ?? [] {
                found.append(Candidate(pattern: p, proclitics: reading.proclitics, changes: baseChanges, suffix: ""))
            }
            for split in MatchKeyVariants.suffixSplits(of: reading.key) {
                for p in index.byStem[split.stem] ?? [] where index.patterns[p].inflection?.suffixes.contains(split.suffix) == true {
                    found.append(Candidate(pattern: p, proclitics: reading.proclitics, changes: baseChanges + 1, suffix: split.suffix))
                }
            }
            if reading.proclitics.isEmpty, !reading.articleChanged, key.hasSuffix("s"), key.contains(where: \.isNumber) {
                for p in index.byFirstKey[String(key.dropLast())] ?? [] where index.patterns[p].keys.count == 1 {
                    found.append(Candidate(pattern: p, proclitics: "", changes: 1, suffix: "s"))
                }
            }
        }
        if candidateCache.count >= cacheLimit { candidateCache.removeAll(keepingCapacity: true) }
        candidateCache[text] = found
        return found
    }
}
