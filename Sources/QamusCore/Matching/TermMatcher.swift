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
    /// Distinct written words, numbered in `words` (bytes) and `wordTable` (by hash); per
    /// number its key, the patterns it may begin, and whether it begins any.
    private var words = TextColumn()
    private var wordTable = KeyTable(capacity: 1024)
    private var wordKeys: [String] = []
    private var wordCandidates: [[Candidate]] = []
    /// Per word number, for words read as the second word of a form: the keys a pair
    /// is looked up by (the key, and its stems when some two-word form inflects).
    private var wordPairKeys: [Int: [String]] = [:]
    private var wordBegins: [Bool] = []
    private let cacheLimit: Int
    /// Per matched pattern: its form and entries, built from the index once.
    private var patternCache: [Int: (form: String, entries: [GlossaryEntry])] = [:]

    /// A pattern the first word may start, with how the word was read. For
    /// multi-word forms `pattern` is nil and `key` is the reading to pair with the next word.
    private struct Candidate {
        var pattern: Int?
        var key: String
        var proclitics: String
        var changes: Int
        var suffix: String
    }

    /// Whether words go through the index's first-word filter before the lookup.
    private let useFilter: Bool

    /// A matcher over `index`, caching what it learns of up to `cacheLimit` distinct words.
    /// `prefilter: false` looks every word up (same matches, slower: for measuring and
    /// for checking the filter).
    public init(index: TermIndex, cacheLimit: Int = 200_000, prefilter: Bool = true) {
        self.index = index
        self.cacheLimit = cacheLimit
        self.useFilter = prefilter
    }

    /// Matches in `text` (offsets are scalar offsets into `text`).
    public func matches(in text: String) -> [TermMatch] {
        let scalars = Array(text.unicodeScalars)
        return matches(tokens: tokenizer.tokenize(scalars: scalars, in: 0..<scalars.count), scalars: scalars)
    }

    /// Matches over already tokenized text; offsets are those of the tokens.
    public func matches(tokens: [Token], scalars: [Unicode.Scalar]) -> [TermMatch] {
        var result: [TermMatch] = []
        if index.formCount == 0 { return result }
        if wordKeys.count >= cacheLimit { forgetWords() }
        var numbers = [Int32](repeating: -1, count: tokens.count)
        func number(_ i: Int) -> Int {
            if numbers[i] >= 0 { return Int(numbers[i]) }
            let n = wordNumber(tokens[i].text)
            numbers[i] = Int32(n)
            return n
        }
        func key(_ i: Int) -> String {
            let n = number(i)  // may add the word: number it before reading its key
            return wordKeys[n]
        }
        var i = 0
        while true {
            // Most words begin no glossary form, and the filter tells without a lookup.
            i = nextCandidate(from: i, tokens, scalars, numbered: numbers)
            guard i < tokens.count else { break }
            let n = number(i)
            guard wordBegins[n] else { i += 1; continue }
            var best: (length: Int, words: Int, changes: Int, pattern: Int, proclitics: String, suffix: String)?
            func consider(_ p: Int, last: Int, words: Int, changes: Int, proclitics: String, suffix: String) {
                let length = last - i + 1
                let better = best.map { words > $0.words || (words == $0.words && changes < $0.changes) } ?? true
                if better {
                    best = (length, words, changes, p, proclitics, suffix)
                }
            }
            for c in wordCandidates[n] {
                if let p = c.pattern {
                    consider(p, last: i, words: 1, changes: c.changes, proclitics: c.proclitics, suffix: c.suffix)
                    continue
                }
                guard let j = nextWord(after: i, tokens) else { continue }
                var seen: [Int] = []
                for k in pairKeys(number(j)) {
                    index.pairs(c.key, k) { p in
                        guard !seen.contains(p) else { return }
                        seen.append(p)
                        let words = index.wordCount(p)
                        var last = i
                        for w in 1..<words {
                            guard let next = nextWord(after: last, tokens) else { return }
                            last = next
                            if w < words - 1, !index.word(w, of: p, is: key(last)) { return }
                        }
                        guard let suffix = index.lastWord(key(last), matches: p) else { return }
                        consider(p, last: last, words: words, changes: c.changes + (suffix.isEmpty ? 0 : 1),
                                 proclitics: c.proclitics, suffix: suffix)
                    }
                }
            }
            guard let best else { i += 1; continue }
            let pattern = compiled(best.pattern)
            let range = tokens[i].range.lowerBound..<tokens[i + best.length - 1].range.upperBound
            result.append(TermMatch(
                range: range, tokenRange: i..<(i + best.length), surface: String(scalars: scalars[range]),
                entry: pattern.entries[0], alternatives: Array(pattern.entries.dropFirst()), matchedForm: pattern.form,
                proclitics: best.proclitics, suffix: best.suffix))
            i += best.length
        }
        return result
    }

    /// The first word token at or after `i` that the first-word filter lets through
    /// (or that is numbered already); `tokens.count` if none. Reads tokens in place.
    private func nextCandidate(from i: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar], numbered: [Int32]) -> Int {
        let filter = index.firstWordFilter
        let useFilter = self.useFilter
        return tokens.withUnsafeBufferPointer { tokens in
            scalars.withUnsafeBufferPointer { scalars in
                var j = i
                while j < tokens.count {
                    // The kind alone: `Token.isWord` would copy the token (and retain its text).
                    if tokens[j].kind.isWord, !useFilter || numbered[j] >= 0 || filter.mayBegin(scalars, tokens[j].range) { return j }
                    j += 1
                }
                return j
            }
        }
    }

    /// The form and entries of pattern `p`.
    private func compiled(_ p: Int) -> (form: String, entries: [GlossaryEntry]) {
        if let found = patternCache[p] { return found }
        let compiled = (index.form(p), index.entryNumbers(p).map(index.entry(at:)))
        if patternCache.count >= cacheLimit { patternCache.removeAll(keepingCapacity: true) }
        patternCache[p] = compiled
        return compiled
    }

    /// The next word token after `i`, stepping over quotation marks inside a term
    /// (وكالة “فارس”); `nil` at the end or at any other punctuation.
    private func nextWord(after i: Int, _ tokens: [Token]) -> Int? {
        var j = i + 1
        while j < tokens.count, tokens[j].kind == .punctuation, Self.quotes.contains(tokens[j].text) { j += 1 }
        return j < tokens.count && tokens[j].isWord ? j : nil
    }

    private static let quotes: Set<String> = ["\"", "“", "”", "«", "»", "'", "‘", "’"]

    /// The number of a written word; its key and candidates are read the first time it is seen.
    private func wordNumber(_ text: String) -> Int {
        let (hash, known) = withUTF8Bytes(text) { bytes -> (UInt32, Int?) in
            let hash = KeyHash.ofWord(bytes)
            var known: Int?
            _ = wordTable.first(hash: hash) { n in
                let same = words.withBytes(Int(n)) { sameBytes($0, bytes) }
                if same { known = Int(n) }
                return same
            }
            if known == nil { words.append(bytes: bytes) }
            return (hash, known)
        }
        if let known { return known }
        let n = wordKeys.count
        wordTable.insert(UInt32(n), hash: hash)
        let key = Normalizer.matching.key(text)
        let found = candidates(key: key)
        wordKeys.append(key)
        wordCandidates.append(found)
        wordBegins.append(!found.isEmpty)
        return n
    }

    private func forgetWords() {
        words = TextColumn()
        wordTable = KeyTable(capacity: 1024)
        wordKeys.removeAll(keepingCapacity: true)
        wordCandidates.removeAll(keepingCapacity: true)
        wordPairKeys.removeAll(keepingCapacity: true)
        wordBegins.removeAll(keepingCapacity: true)
    }

    /// The keys word `n` is looked up by as the second word of a pair (computed once per word).
    private func pairKeys(_ n: Int) -> [String] {
        if let keys = wordPairKeys[n] { return keys }
        var keys = [wordKeys[n]]
        if index.hasInflectedPairs { keys += MatchKeyVariants.suffixSplits(of: wordKeys[n]).map(\.stem) }
        wordPairKeys[n] = keys
        return keys
    }

    /// Patterns a word with this key may begin.
    private func candidates(key: String) -> [Candidate] {
        var found: [Candidate] = []
        for reading in MatchKeyVariants.readings(of: key) {
            let changes = (reading.proclitics.isEmpty ? 0 : 1) + (reading.articleChanged ? 1 : 0)
            if let p = index.single(reading.key) {
                found.append(Candidate(pattern: p, key: reading.key, proclitics: reading.proclitics, changes: changes, suffix: ""))
            }
            if index.beginsMultiWord(reading.key) {
                found.append(Candidate(pattern: nil, key: reading.key, proclitics: reading.proclitics, changes: changes, suffix: ""))
            }
            if index.stems.count > 0 {
                for split in MatchKeyVariants.suffixSplits(of: reading.key) {
                    index.inflected(stem: split.stem, suffix: split.suffix) { p in
                        found.append(Candidate(pattern: p, key: reading.key, proclitics: reading.proclitics, changes: changes + 1, suffix: split.suffix))
                    }
                }
            }
        }
        // Latin plurals of designators: S-300S, F-16s.
        if key.hasSuffix("s"), key.contains(where: \.isNumber) {
            if let p = index.single(String(key.dropLast())) {
                found.append(Candidate(pattern: p, key: key, proclitics: "", changes: 1, suffix: "s"))
            }
        }
        return found
    }
}
