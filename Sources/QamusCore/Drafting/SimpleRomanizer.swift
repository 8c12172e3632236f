/// A letter-by-letter romanisation, the last resort when no name lexicon or
/// model is available: consonants and long vowels, an `a` between consonants
/// the script does not vowel (قاسم → qasim). Deterministic and dependency-free.
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
            let isLast = i == scalars.count - 1
            switch s {
            case "و", "ي":
                // Long vowel between letters, consonant at the start.
                if i > 0, previousWasConsonant {
                    out += s == "و" ? (isLast ? "u" : "u") : (isLast ? "i" : "i")
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

/// Word services with no lexicons: a small list of function words counts as
/// ordinary, everything else is a name candidate, romanised by `SimpleRomanizer`.
public struct BasicWordServices: DraftWordServices {
    public init() {}

    private static let functionWords: Set<String> = [
        "في", "من", "الى", "علي", "عن", "مع", "ان", "انه", "انها", "الذي", "التي", "الذين", "هذا", "هذه",
        "ذلك", "تلك", "كان", "كانت", "قد", "لقد", "لم", "لن", "لا", "ما", "و", "او", "ثم", "حتي", "بين",
        "بعد", "قبل", "منذ", "حيث", "كما", "لكن", "لكنه", "هو", "هي", "هم", "له", "لها", "به", "بها", "فيها",
        "عليه", "عليها", "يوم", "ايضا", "اي", "كل", "غير", "الا", "اذا", "هناك", "وقال", "قال", "قالت",
    ]

    public func knownName(_ word: String) -> NameSpelling? { nil }

    public func transliterate(_ word: String) -> String {
        let r = SimpleRomanizer().romanize(word)
        return r.prefix(1).uppercased() + r.dropFirst()
    }

    public func isOrdinaryWord(_ word: String) -> Bool {
        Self.functionWords.contains(Normalizer.matching.key(word))
    }
}
