/// A small glossary matcher for the checks when no richer `SourceTermFinding` is given:
/// matching-key comparison word by word, the proclitics و ف ب ك ل and the article
/// ال (لل) on the first word, and a short inflection suffix (ة ية ات ين ون ان) on the last.
///
/// والحرس الثوري الإيراني ("and the Iranian Revolutionary Guard") finds الحرس الثوري
/// الإيراني; الروسية ("the Russian", feminine) finds روسي. Longest match wins.
public struct GlossaryTermScanner: SourceTermFinding, Sendable {
    private struct Pattern: Sendable {
        var entry: Int
        var keys: [String]
    }

    private let entries: [GlossaryEntry]
    private var byFirstKey: [String: [Pattern]] = [:]
    private static let suffixes = ["ه", "يه", "ات", "ين", "ون", "ان"]

    public init(entries: [GlossaryEntry]) {
        self.entries = entries
        let tokenizer = WordTokenizer()
        for (e, entry) in entries.enumerated() {
            for form in entry.arabicForms {
                let keys = tokenizer.tokenize(form).filter(\.isWord).map { Normalizer.matching.key($0.text) }
                guard let first = keys.first else { continue }
                byFirstKey[first, default: []].append(Pattern(entry: e, keys: keys))
            }
        }
    }

    public func terms(in sentence: String) -> [SourceTerm] {
        let scalars = Array(sentence.unicodeScalars)
        let tokens = WordTokenizer().tokenize(scalars: scalars, in: 0..<scalars.count).filter(\.isWord)
        let keys = tokens.map { Normalizer.matching.key($0.text) }
        var candidates: [(start: Int, end: Int, stripped: Int, entry: Int)] = []
        for p in tokens.indices {
            for (firstKey, stripped) in Self.prefixVariants(keys[p]) {
                for variant in [(firstKey, 0)] + Self.suffixVariants(firstKey) {
                    guard let patterns = byFirstKey[variant.0] else { continue }
                    for pattern in patterns where matches(pattern, keys, p, firstHasSuffix: variant.1 > 0) {
                        candidates.append((p, p + pattern.keys.count, stripped + variant.1, pattern.entry))
                    }
                }
            }
        }
        candidates.sort { ($0.end - $0.start, -$0.stripped, -$0.start) > ($1.end - $1.start, -$1.stripped, -$1.start) }
        var taken = [Bool](repeating: false, count: tokens.count)
        var result: [SourceTerm] = []
        for c in candidates where !taken[c.start..<c.end].contains(true) {
            for k in c.start..<c.end { taken[k] = true }
            let range = tokens[c.start].range.lowerBound..<tokens[c.end - 1].range.upperBound
            result.append(SourceTerm(range: range, surface: ArabicWordForms.string(scalars[range]), entry: entries[c.entry]))
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private func matches(_ pattern: Pattern, _ keys: [String], _ p: Int, firstHasSuffix: Bool) -> Bool {
        let n = pattern.keys.count
        guard p + n <= keys.count, !(firstHasSuffix && n > 1) else { return false }
        for q in 1..<max(n, 1) where q < n {
            let key = keys[p + q]
            if key == pattern.keys[q] { continue }
            if q == n - 1, Self.suffixVariants(key).contains(where: { $0.0 == pattern.keys[q] }) { continue }
            return false
        }
        return true
    }

    /// The key and the key without proclitics, with the number of letters stripped.
    static func prefixVariants(_ key: String) -> [(String, Int)] {
        let scalars = Array(key.unicodeScalars)
        return ArabicWordForms.stemStarts(scalars).flatMap { start -> [(String, Int)] in
            let stem = ArabicWordForms.string(scalars[start.offset...])
            guard start.article else { return [(stem, start.offset)] }
            // The pattern may carry the article itself: الكرملين, الأسد.
            return [(stem, start.offset), ("ال" + stem, max(0, start.offset - 2))]
        }
    }

    /// The key without a short inflection suffix (ة→ه, ية→ي, plurals, duals).
    static func suffixVariants(_ key: String) -> [(String, Int)] {
        var result: [(String, Int)] = []
        for suffix in suffixes where key.hasSuffix(suffix) && key.unicodeScalars.count - suffix.unicodeScalars.count >= 3 {
            let cut = suffix == "يه" ? 1 : suffix.unicodeScalars.count
            result.append((ArabicWordForms.string(key.unicodeScalars.dropLast(cut)), cut))
        }
        return result
    }
}
