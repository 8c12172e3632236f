/// The ways a written word (as a matching key) may relate to a glossary word:
/// proclitics stripped (و ف, then ب ل ك), the article restored after ل (للحرس →
/// الحرس) or dropped (الإيرانية → ايرانيه), and inflection suffixes split off.
///
/// Keys are `Normalizer.matching` output: ة is ه, ى is ي, hamza carriers folded.
enum MatchKeyVariants {
    /// One reading of a written word.
    struct Reading: Hashable {
        /// The key to look up.
        var key: String
        /// Proclitic letters removed from the front, as written in the key ("و", "وب", "لل").
        var proclitics: String
        /// Letters removed or restored by article handling: counts as a change for ranking.
        var articleChanged: Bool
    }

    private static let conjunctions: [Character] = ["و", "ف"]
    private static let prepositions: [Character] = ["ب", "ل", "ك"]

    /// Readings of `key` as a first word of a term, the unchanged key first.
    static func readings(of key: String) -> [Reading] {
        var result: [Reading] = [Reading(key: key, proclitics: "", articleChanged: false)]
        let chars = Array(key)
        func add(_ k: [Character], _ pro: String, _ article: Bool) {
            guard k.count >= 2 else { return }
            let r = Reading(key: String(k), proclitics: pro, articleChanged: article)
            if !result.contains(r) { result.append(r) }
        }
        for c1 in [nil] + conjunctions.map(Optional.some) {
            var rest = chars[...]
            var pro = ""
            if let c1 {
                guard rest.first == c1 else { continue }
                rest = rest.dropFirst()
                pro.append(c1)
            }
            for c2 in [nil] + prepositions.map(Optional.some) {
                var r = rest
                var p = pro
                if let c2 {
                    guard r.first == c2 else { continue }
                    r = r.dropFirst()
                    p.append(c2)
                }
                if p.isEmpty {
                    // Bare word: only article dropping.
                    if r.starts(with: ["ا", "ل"]), r.count > 4 { add(Array(r.dropFirst(2)), "", true) }
                    continue
                }
                let body = Array(r)
                add(body, p, false)
                if c2 == "ل", body.first == "ل", !body.starts(with: ["ا", "ل"]) {
                    // للحرس = ل + الحرس: restore the article, or read the bare noun.
                    add(["ا"] + body, p, true)
                    add(Array(body.dropFirst()), p + "ل", true)
                }
                if body.starts(with: ["ا", "ل"]), body.count > 4 { add(Array(body.dropFirst(2)), p, true) }
            }
        }
        return result
    }

    /// Inflection suffixes a word may carry beyond an inflectable glossary form,
    /// longest first (keys: ة appears as ه).
    static let inflectionSuffixes = ["تين", "تان", "يين", "يون", "ين", "ون", "ات", "ان", "يه", "ه"]

    /// Splits of `key` into an inflection stem and a suffix (`key` = stem + suffix).
    static func suffixSplits(of key: String) -> [(stem: String, suffix: String)] {
        var out: [(String, String)] = []
        for s in inflectionSuffixes where key.count > s.count + 1 && key.hasSuffix(s) {
            out.append((String(key.dropLast(s.count)), s))
        }
        return out
    }
}
