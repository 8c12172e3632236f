/// A stem read as a base word plus an inflection suffix, optionally behind the article.
///
/// الإيرانية ("the Iranian", f.) → article, base إيراني, suffix ة; or base إيران, suffix ية.
public struct InflectionSplit: Sendable, Hashable {
    /// The base word as written in the stem (ة restored where a suffix replaced it:
    /// مفاوضات → مفاوضة).
    public var base: String
    /// The suffix taken off (ة ات ون ين ان تان تين ي ية يون يين يات), empty for none.
    public var suffix: String
    /// Whether the stem began with the article ال (removed from `base`).
    public var hasArticle: Bool

    public init(base: String, suffix: String, hasArticle: Bool) {
        self.base = base
        self.suffix = suffix
        self.hasArticle = hasArticle
    }
}

/// Lists the ways a stem (after `CliticAnalyzer`) may be a base word plus an inflection
/// suffix, for looking up glossary entries and lexicon lemmas. Lexicon-free and cheap:
/// the caller checks which bases it knows.
///
/// إيرانيين ("Iranians") → إيرانيين; إيراني + ين; إيران + يين.
/// الحوثيون ("the Houthis") → the article, then حوثيون; حوثي + ون; حوث + يون.
public struct InflectionAnalyzer: Sendable {
    public init() {}

    /// Suffix, what replaces it on the base, in order of preference.
    private static let rules: [(suffix: String, replacement: String)] = [
        ("يين", "ي"), ("يون", "ي"), ("يات", "ي"), ("يين", ""), ("يون", ""), ("يات", "ية"), ("يات", ""),
        ("تان", "ة"), ("تين", "ة"), ("ات", "ة"), ("ات", ""), ("ون", ""), ("ين", ""), ("ان", ""),
        ("ية", "ي"), ("ية", ""), ("ة", ""), ("ي", ""),
    ]

    /// Every reading of `stem`, the unsuffixed one first; marks and tatweel are ignored.
    public func splits(of stem: String) -> [InflectionSplit] {
        let letters = String(scalars: stem.unicodeScalars.filter {
            !ArabicScalar.isDiacritic($0) && $0 != ArabicScalar.tatweel
        })
        var bodies: [(String, Bool)] = [(letters, false)]
        if letters.hasPrefix("ال"), letters.unicodeScalars.count >= 4 {
            bodies.insert((String(letters.dropFirst(2)), true), at: 0)
        }
        var out: [InflectionSplit] = []
        var seen = Set<String>()
        for (body, article) in bodies {
            if seen.insert("\(article)|\(body)|").inserted {
                out.append(InflectionSplit(base: body, suffix: "", hasArticle: article))
            }
            let count = body.unicodeScalars.count
            for (suffix, replacement) in Self.rules where body.hasSuffix(suffix) {
                let suffixCount = suffix.unicodeScalars.count
                guard count - suffixCount >= 2 else { continue }
                let scalars = body.unicodeScalars
                let cut = scalars.index(scalars.endIndex, offsetBy: -suffixCount)
                let base = String(scalars: scalars[..<cut]) + replacement
                if seen.insert("\(article)|\(base)|\(suffix)").inserted {
                    out.append(InflectionSplit(base: base, suffix: suffix, hasArticle: article))
                }
            }
        }
        return out
    }
}
