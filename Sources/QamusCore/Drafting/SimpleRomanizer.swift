/// A letter-by-letter romanisation, for tests and for builds without the shipped
/// lexicons: consonants and long vowels, an `a` between consonants the script
/// does not vowel (قاسم → qasim). Deterministic and dependency-free.
public struct SimpleRomanizer: Sendable {
    public init() {}

    private static let letters: [Unicode.Scalar: String] = [
        "ا": "a", "أ": "a", "إ": "i", "آ": "aa", "ٱ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j",
        "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s",
        "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l",
        "م": "m", "ن": "n", "ه": "h", "ة": "a", "و": "w", "ي": "y", "ى": "a", "ء": "'", "ؤ": "'",
        "ئ": "'", "گ": "g", "چ": "ch", "پ": "p", "ڤ": "v", "ک": "k", "ی": "y",
    ]

    /// The romanisation of one Arabic word; non-Arabic text passes through.
    public func romanize(_ word: String) -> String {
        let scalars = Array(Normalizer(.orthographic).key(word).unicodeScalars)
        var out = ""
        var previousWasConsonant = false
        for (i, s) in scalars.enumerated() {
            guard let latin = Self.letters[s] else {
                out.unicodeScalars.append(s)
                previousWasConsonant = false
                continue
            }
            switch s {
            case "و", "ي":
                if i > 0, previousWasConsonant {
                    out += s == "و" ? "u" : "i"
                    previousWasConsonant = false
                } else {
                    out += latin
                    previousWasConsonant = true
                }
            case "ا", "ى", "ة", "آ", "أ", "إ":
                out += latin
                previousWasConsonant = false
            default:
                if previousWasConsonant, i > 1 { out += "a" }
                out += latin
                previousWasConsonant = true
            }
        }
        return out
    }
}

/// Word services with no lexicons: every Arabic word is transliterated by
/// `SimpleRomanizer` and counts as a name candidate. For tests of the pipeline
/// that must not depend on the shipped data.
public struct BasicWordServices: DraftWordServices {
    public init() {}

    public func knownName(_ word: String) -> NameSpelling? { nil }

    public func lexiconName(_ word: String) -> NameSpelling? { nil }

    public func transliterate(_ word: String) -> NameSpelling {
        let r = SimpleRomanizer().romanize(word)
        return NameSpelling(english: r.prefix(1).uppercased() + r.dropFirst(), origin: "model")
    }

    public func gloss(_ tokens: [GlossInput], fallback: (String) -> GlossFallback) -> (tokens: [GlossedToken], english: String) {
        Glosser(lookup: nil).gloss(tokens, fallback: fallback)
    }
}
