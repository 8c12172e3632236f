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
    /// Per distinct written word: its key and the patterns it may begin.
    private var wordCache: [ByteKey: (key: String, candidates: [Candidate])] = [:]
    private let cacheLimit: Int

    /// A pattern the first word may start, with how the word was read. For
    /// multi-word forms `pattern` is nil and `key` is the reading to pair with the next word.
    private struct Candidate {
        var pattern: Int?
        var key: String
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
        var infos = [(key: String, candidates: [Candidate])?](repeating: nil, count: tokens.count)
        func info(_ i: Int) -> (key: String, candidates: [Candidate]) {
            if let k = infos[i] { return k }
            let k = wordInfo(tokens[i].text)
            infos[i] = k
            return k
        }
        func key(_ i: Int) -> String { info(i).key }
        var i = 0
        while i < tokens.count {
            guard tokens[i].isWord else { i += 1; continue }
            var best: (length: Int, words: Int, changes: Int, pattern: Int, proclitics: String, suffix: String)?
            func consider(_ p: Int, last: Int, words: Int, changes: Int, proclitics: String, suffix: String) {
                let length = last - i + 1
                let better = best.map { words > $0.words || (words == $0.words && changes < $0.changes) } ?? true
                if better {
                    best = (length, words, changes, p, proclitics, suffix)
                }
            }
            for c in info(i).candidates {
                if let p = c.pattern {
                    consider(p, last: i, words: 1, changes: c.changes, proclitics: c.proclitics, suffix: c.suffix)
                    continue
                }
                guard let j = nextWord(after: i, tokens) else { continue }
                let second = key(j)
                var seen = Set<Int>()
                var lookups = [second]
                if index.hasInflectedPairs { lookups += MatchKeyVariants.suffixSplits(of: second).map(\.stem) }
                for k in lookups {
                    for p in index.byPair[TermIndex.WordPair(first: c.key, second: k)] ?? [] where seen.insert(p).inserted {
                        let pattern = index.patterns[p]
                        var last = i
                        var ok = true
                        for w in 1..<pattern.keys.count {
                            guard let next = nextWord(after: last, tokens) else { ok = false; break }
                            last = next
                            if w < pattern.keys.count - 1, key(last) != pattern.keys[w] { ok = false; break }
                        }
                        guard ok, let suffix = index.lastWord(key(last), matches: pattern) else { continue }
                        consider(p, last: last, words: pattern.keys.count, changes: c.changes + (suffix.isEmpty ? 0 : 1),
                                 proclitics: c.proclitics, suffix: suffix)
                    }
                }
            }
            guard let best else { i += 1; continue }
            let pattern = index.patterns[best.pattern]
            let range = tokens[i].range.lowerBound..<tokens[i + best.length - 1].range.upperBound
            var surface = String.UnicodeScalarView()
            surface.append(contentsOf: scalars[range])
            let entries = pattern.entries.map { index.entries[$0] }
            result.append(TermMatch(
                range: range, tokenRange: i..<(i + best.length), surface: String(surface),
                entry: entries[0], alternatives: Array(entries.dropFirst()), matchedForm: pattern.form,
                proclitics: best.proclitics, suffix: best.suffix))
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

    private func wordInfo(_ text: String) -> (key: String, candidates: [Candidate]) {
        let cacheKey = ByteKey(text)
        if let info = wordCache[cacheKey] { return info }
        let key = Normalizer.matching.key(text)
        let info = (key, candidates(key: key))
        if wordCache.count >= cacheLimit { wordCache.removeAll(keepingCapacity: true) }
        wordCache[cacheKey] = info
        return info
    }

    /// Patterns a word with this key may begin.
    private func candidates(key: String) -> [Candidate] {
        var found: [Candidate] = []
        for reading in MatchKeyVariants.readings(of: key) {
            let changes = (reading.proclitics.isEmpty ? 0 : 1) + (reading.articleChanged ? 1 : 0)
            let readingKey = ByteKey(reading.key)
            for p in index.singles[readingKey] ?? [] {
                found.append(Candidate(pattern: p, key: reading.key, proclitics: reading.proclitics, changes: changes, suffix: ""))
            }
            if index.multiWordFirstKeys.contains(readingKey) {
                found.append(Candidate(pattern: nil, key: reading.key, proclitics: reading.proclitics, changes: changes, suffix: ""))
            }
            if !index.byStem.isEmpty {
                for split in MatchKeyVariants.suffixSplits(of: reading.key) {
                    for p in index.byStem[ByteKey(split.stem)] ?? [] where index.patterns[p].inflection?.suffixes.contains(split.suffix) == true {
                        found.append(Candidate(pattern: p, key: reading.key, proclitics: reading.proclitics, changes: changes + 1, suffix: split.suffix))
                    }
                }
            }
        }
        // Latin plurals of designators: S-300S, F-16s.
        if key.hasSuffix("s"), key.contains(where: \.isNumber) {
            for p in index.singles[ByteKey(String(key.dropLast()))] ?? [] {
                found.append(Candidate(pattern: p, key: key, proclitics: "", changes: 1, suffix: "s"))
            }
        }
        return found
    }
}
