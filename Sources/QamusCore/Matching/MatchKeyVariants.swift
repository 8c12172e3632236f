/// The ways a written word (as a matching key) may relate to a glossary word:
/// proclitics stripped (و ف, then ب ل ك), the article restored after ل (للحرس →
/// الحرس) or dropped (الإيرانية → ايرانيه), and inflection suffixes split off.
///
/// Keys are `Normalizer.matching` output: ة is ه, ى is ي, hamza carriers folded.
/// Works on scalar arrays: this runs once per distinct word.
enum MatchKeyVariants {
    /// One reading of a written word.
    struct Reading: Hashable {
        /// The key to look up.
        var key: String
        /// Proclitic letters removed from the front, as written in the key ("و", "وب", "لل").
        var proclitics: String
        /// Whether the article was restored or dropped: counts as a change for ranking.
        var articleChanged: Bool
    }

    private static let waw: Unicode.Scalar = "و", fa: Unicode.Scalar = "ف"
    private static let ba: Unicode.Scalar = "ب", lam: Unicode.Scalar = "ل", kaf: Unicode.Scalar = "ك"
    private static let alef: Unicode.Scalar = "ا"

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String { String(scalars: scalars) }

    private static func hasArticle(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        s.count > 4 && s[s.startIndex] == alef && s[s.startIndex + 1] == lam
    }

    /// Readings of `key` as a first word of a term, the unchanged key first.
    static func readings(of key: String) -> [Reading] {
        var result: [Reading] = [Reading(key: key, proclitics: "", articleChanged: false)]
        let chars = Array(key.unicodeScalars)
        guard chars.count >= 3, chars.allSatisfy(ArabicScalar.isLetter) else { return result }
        func add(_ body: ArraySlice<Unicode.Scalar>, prefix: ArraySlice<Unicode.Scalar>, restoreAlef: Bool = false, article: Bool) {
            let k = restoreAlef ? "ا" + string(body) : string(body)
            guard k.unicodeScalars.count >= 2 else { return }
            let r = Reading(key: k, proclitics: string(prefix), articleChanged: article)
            if !result.contains(r) { result.append(r) }
        }
        // Bare word: the article dropped (الإيرانية → ايرانيه).
        if hasArticle(chars[...]) { add(chars[2...], prefix: chars[0..<0], article: true) }
        let conjunction = chars[0] == waw || chars[0] == fa ? 1 : 0
        for c1 in conjunction == 1 ? [0, 1] : [0] {
            for c2 in [0, 1] {
                let p = c1 + c2
                if p == 0 { continue }
                guard chars.count - p >= 2 else { continue }
                if c2 == 1, !(chars[c1] == ba || chars[c1] == lam || chars[c1] == kaf) { continue }
                let body = chars[p...]
                let prefix = chars[0..<p]
                add(body, prefix: prefix, article: false)
                if c2 == 1, chars[c1] == lam, body.first == lam, !hasArticle(body) {
                    // للحرس = ل + الحرس: restore the article, or read the bare noun.
                    add(body, prefix: prefix, restoreAlef: true, article: true)
                    add(body.dropFirst(), prefix: chars[0...p], article: true)
                }
                if hasArticle(body) { add(body.dropFirst(2), prefix: prefix, article: true) }
            }
        }
        return result
    }

    /// Inflection suffixes a word may carry beyond an inflectable glossary form
    /// (keys: ة appears as ه).
    static let inflectionSuffixes: [[Unicode.Scalar]] = ["تين", "تان", "يين", "يون", "ين", "ون", "ات", "ان", "يه", "ه", "ا"]
        .map { Array($0.unicodeScalars) }

    /// Splits of `key` into an inflection stem and a suffix (`key` = stem + suffix).
    static func suffixSplits(of key: String) -> [(stem: String, suffix: String)] {
        let chars = Array(key.unicodeScalars)
        var out: [(String, String)] = []
        for s in inflectionSuffixes where chars.count > s.count + 1 && chars.suffix(s.count).elementsEqual(s) {
            out.append((string(chars.dropLast(s.count)), string(s[...])))
        }
        return out
    }
}
