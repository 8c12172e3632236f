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
    // The three caches below are read and written for every word; dynamic exclusivity checks
    // on them cost about 3% of matching. Only `matches` touches them, one access at a time
    // (with the checks on, the tests and the fuzzer ran without a conflict), and a matcher
    // is used by one thread.
    /// Every distinct word met so far, with what it may begin.
    @exclusivity(unchecked) private var catalog = WordCatalog()
    /// Reused by every call to `matches` (word numbers per token).
    @exclusivity(unchecked) private var numberBuffer: [Int32] = []
    private let cacheLimit: Int
    /// Per matched pattern: its form, entry and alternatives, built from the index once
    /// and shared by every match of the pattern.
    @exclusivity(unchecked) private var compiledPatterns: [Int32: TermMatch.Target] = [:]

    /// The best match found so far at one position.
    private struct Best {
        var length: Int, words: Int, changes: Int, pattern: Int
        var proclitics: String, suffix: String
        /// The pattern's entries when already at hand (single words carry theirs).
        var target: TermMatch.Target? = nil
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

    /// How many distinct words the matcher has catalogued since it was made (or last emptied).
    public var cachedWordCount: Int { catalog.count }

    /// Matches in `text` (offsets are scalar offsets into `text`).
    public func matches(in text: String) -> [TermMatch] {
        let scalars = Array(text.unicodeScalars)
        return matches(tokens: tokenizer.tokenize(scalars: scalars, in: 0..<scalars.count), scalars: scalars)
    }

    /// Matches over already tokenized text; offsets are those of the tokens.
    public func matches(tokens: [Token], scalars: [Unicode.Scalar]) -> [TermMatch] {
        matches(tokens: tokens[...], scalars: scalars)
    }

    /// Matches over a stretch of already tokenized text, such as one sentence of a document
    /// tokenized whole: the tokens' ranges are offsets into `scalars`, and each match has the
    /// tokens' own offsets and indices. A corpus held as one token array and one scalar array,
    /// matched sentence by sentence, is read front to back.
    public func matches(tokens: ArraySlice<Token>, scalars: [Unicode.Scalar]) -> [TermMatch] {
        var result: [TermMatch] = []
        if index.formCount == 0 { return result }
        if catalog.count >= cacheLimit { catalog.removeAll() }
        // Word numbers per token (-1: not read yet), in a buffer kept from call to call. Read
        // through methods, not closures over a local: a captured variable would be boxed on
        // the heap, and checked for exclusive access, at every call.
        if numberBuffer.count < tokens.count { numberBuffer = Array(repeating: -1, count: max(tokens.count, 2 * numberBuffer.count)) }
        numberBuffer.withUnsafeMutableBufferPointer { $0[0..<tokens.count].update(repeating: -1) }
        var i = tokens.startIndex
        while true {
            // Most words begin no glossary form, and the filter tells without a lookup.
            i = nextCandidate(from: i, tokens, scalars)
            guard i < tokens.endIndex else { break }
            let n = number(i, tokens, scalars)
            guard catalog.begins[n] else { i += 1; continue }
            var best = catalog.readings[n].single.map {
                Best(length: 1, words: 1, changes: $0.changes, pattern: $0.pattern, proclitics: $0.proclitics, suffix: $0.suffix,
                     target: $0.target)
            }
            if !catalog.readings[n].multi.isEmpty {
                longest(at: i, n, tokens, scalars, best: &best)
            }
            guard let best else { i += 1; continue }
            let range = tokens[i].range.lowerBound..<tokens[i + best.length - 1].range.upperBound
            // Room for a few matches at once, not one growth per match.
            if result.isEmpty { result.reserveCapacity(4) }
            result.append(TermMatch(
                range: range, tokenRange: i..<(i + best.length), scalars: scalars,
                target: best.target ?? compiled(best.pattern), proclitics: best.proclitics, suffix: best.suffix))
            i += best.length
        }
        return result
    }

    /// Multi-word forms that word `n` at token `i` begins: replaces `best` with the longest
    /// that the following words complete (fewest changes among equals).
    private func longest(at i: Int, _ n: Int, _ tokens: ArraySlice<Token>, _ scalars: [Unicode.Scalar], best: inout Best?) {
        guard let j = nextWord(after: i, tokens) else { return }
        for m in catalog.readings[n].multi.indices {
            // Most following words complete no form, and the pair filter tells without numbering them
            // (or copying the reading: its strings are read only past the filter).
            if useFilter, !scalars.withUnsafeBufferPointer({
                index.pairFilter.mayFollow(catalog.readings[n].multi[m].firstHash, $0, tokens[j].range, stems: index.hasInflectedPairs)
            }) { continue }
            let c = catalog.readings[n].multi[m]
            // Patterns already tried through another key of the second word (rarely more than one).
            var seen: [Int] = []
            let second = number(j, tokens, scalars)  // may add the word: number it before reading its keys
            for k in catalog.pairKeys(second, stems: index.hasInflectedPairs) {
                index.pairs(c.key, k) { p in
                    guard !seen.contains(p) else { return }
                    seen.append(p)
                    let words = index.wordCount(p)
                    var last = i
                    for w in 1..<words {
                        guard let next = nextWord(after: last, tokens) else { return }
                        last = next
                        if w < words - 1, !index.word(w, of: p, is: key(last, tokens, scalars)) { return }
                    }
                    guard let suffix = index.lastWord(key(last, tokens, scalars), matches: p) else { return }
                    let changes = c.changes + (suffix.isEmpty ? 0 : 1)
                    if best.map({ words > $0.words || (words == $0.words && changes < $0.changes) }) ?? true {
                        best = Best(length: last - i + 1, words: words, changes: changes, pattern: p,
                                    proclitics: c.proclitics, suffix: suffix)
                    }
                }
            }
        }
    }

    /// The word number of token `i`, catalogued on first sight (`numberBuffer` keeps it for the call).
    private func number(_ i: Int, _ tokens: ArraySlice<Token>, _ scalars: [Unicode.Scalar]) -> Int {
        let slot = i - tokens.startIndex
        if numberBuffer[slot] >= 0 { return Int(numberBuffer[slot]) }
        let n = scalars.withUnsafeBufferPointer { catalog.number($0, tokens[i].range, text: tokens[i].text, read: read) }
        numberBuffer[slot] = Int32(n)
        return n
    }

    /// The matching key of token `i` (numbering it first: that may add the word).
    private func key(_ i: Int, _ tokens: ArraySlice<Token>, _ scalars: [Unicode.Scalar]) -> String {
        let n = number(i, tokens, scalars)  // may add the word: number it before reading the keys
        return catalog.keys[n]
    }

    /// The first word token at or after `i` that the first-word filter lets through;
    /// `tokens.endIndex` if none. Reads tokens in place.
    private func nextCandidate(from i: Int, _ tokens: ArraySlice<Token>, _ scalars: [Unicode.Scalar]) -> Int {
        let filter = index.firstWordFilter
        let useFilter = self.useFilter
        return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: FirstWordFilter.maxLetters) { scratch in
            let first = tokens.startIndex
            return tokens.withUnsafeBufferPointer { tokens in
                scalars.withUnsafeBufferPointer { scalars in
                    // Positions in the buffer, which starts at the slice's first token.
                    var j = i - first
                    // The kind alone: `Token.isWord` would copy the token (and retain its text).
                    guard useFilter else {
                        while j < tokens.count, !tokens[j].kind.isWord { j += 1 }
                        return first + j
                    }
                    while j < tokens.count {
                        if tokens[j].kind.isWord, filter.mayBegin(scalars, tokens[j].range, scratch: scratch) { return first + j }
                        j += 1
                    }
                    return first + j
                }
            }
        }
    }

    /// The form, entry and alternatives of pattern `p`.
    private func compiled(_ p: Int) -> TermMatch.Target {
        if let found = compiledPatterns[Int32(p)] { return found }
        if compiledPatterns.count >= cacheLimit { compiledPatterns.removeAll(keepingCapacity: true) }
        let entries = index.entryNumbers(p).map(index.entry(at:))
        let compiled = TermMatch.Target(entry: entries[0], alternatives: Array(entries.dropFirst()), form: index.form(p))
        compiledPatterns[Int32(p)] = compiled
        return compiled
    }

    /// The next word token after `i`, stepping over quotation marks inside a term
    /// (وكالة “فارس”); `nil` at the end or at any other punctuation.
    private func nextWord(after i: Int, _ tokens: ArraySlice<Token>) -> Int? {
        var j = i + 1
        while j < tokens.endIndex, tokens[j].kind == .punctuation, Self.quotes.contains(tokens[j].text) { j += 1 }
        return j < tokens.endIndex && tokens[j].kind.isWord ? j : nil
    }

    private static let quotes: Set<String> = ["\"", "“", "”", "«", "»", "'", "‘", "’"]

    /// What a word with this key may begin: the best single-word pattern, and the
    /// readings that begin multi-word forms.
    private func read(_ key: String) -> WordCatalog.Reading {
        typealias Candidate = WordCatalog.Candidate
        var found: [Candidate] = []
        for reading in MatchKeyVariants.readings(of: key) {
            let changes = (reading.proclitics.isEmpty ? 0 : 1) + (reading.articleChanged ? 1 : 0)
            if let p = index.single(reading.key) {
                found.append(Candidate(pattern: p, key: reading.key, proclitics: reading.proclitics, changes: changes, suffix: ""))
            }
            if index.beginsMultiWord(reading.key) {
                found.append(Candidate(pattern: -1, key: reading.key, proclitics: reading.proclitics, changes: changes, suffix: "",
                                       firstHash: PairFilter.firstHash(of: reading.key)))
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
        // Of the single-word readings, the first with the fewest changes.
        var single: WordCatalog.Single?
        for c in found where c.pattern >= 0 && c.changes < (single?.changes ?? .max) {
            single = .init(pattern: c.pattern, changes: c.changes, proclitics: c.proclitics, suffix: c.suffix)
        }
        // Resolved once per word, so a match of it needs no pattern lookup.
        if let pattern = single?.pattern { single?.target = compiled(pattern) }
        return WordCatalog.Reading(single: single, multi: found.filter { $0.pattern < 0 })
    }
}
