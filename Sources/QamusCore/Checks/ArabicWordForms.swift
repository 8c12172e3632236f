/// Arabic word shapes the source checks share: where proclitics may end, and the
/// orthographic form (hamza and teh marbuta kept, diacritics and tatweel removed).
enum ArabicWordForms {
    /// Keeps hamza, alef forms, ة and ى: the spelling as the writer chose it.
    static let orthographic = Normalizer(.orthographic)

    static let alef: Unicode.Scalar = "\u{0627}"
    static let lam: Unicode.Scalar = "\u{0644}"
    static let hamzaBelow: Unicode.Scalar = "\u{0625}"
    static let hamzaAbove: Unicode.Scalar = "\u{0623}"
    static let madda: Unicode.Scalar = "\u{0622}"
    static let wasla: Unicode.Scalar = "\u{0671}"

    /// Where a stem may start in `word`: 0 (no clitic), after و/ف ("and", "so"),
    /// after ب/ك/ل ("by", "like", "for"), after the article ال, and after لل (ل + ال).
    /// Each offset comes with whether the article was removed. Stems keep at least two letters.
    static func stemStarts(_ word: [Unicode.Scalar]) -> [(offset: Int, article: Bool)] {
        var starts: [(Int, Bool)] = [(0, false)]
        var bases = [0]
        if let f = word.first, f == "\u{0648}" || f == "\u{0641}" { bases.append(1) }
        for b in bases where b < word.count {
            let c = word[b]
            if c == "\u{0628}" || c == "\u{0643}" || c == lam { bases.append(b + 1) }
        }
        var seen = Set<Int>()
        for b in bases {
            if b > 0 { starts.append((b, false)) }
            if b + 1 < word.count, word[b] == alef, word[b + 1] == lam { starts.append((b + 2, true)) }
            if b > 0, word[b - 1] == lam, b + 1 < word.count, word[b] == lam { starts.append((b + 1, true)) }
        }
        return starts
            .filter { word.count - $0.0 >= 2 && seen.insert($0.0).inserted }
            .sorted { $0.0 < $1.0 }
            .map { (offset: $0.0, article: $0.1) }
    }

    /// Whether `s` is an alef carrying hamza or madda (أ إ آ), as opposed to bare ا.
    static func isHamzatedAlef(_ s: Unicode.Scalar) -> Bool {
        s == hamzaBelow || s == hamzaAbove || s == madda || s == wasla
    }

    static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
