/// Enumerates clitic splits of an undiacritised Arabic word for lexicon lookup.
///
/// A stop-gap used only where `CliticAnalyzer` returns nothing but the unsplit word;
/// it should be replaced by the analyzer once that is complete. وبقواتها ("and with its
/// forces") → و + ب + قوات + ها, with ت→ة repair before an enclitic (ابنتها → ابنة + ها).
enum CliticCandidates {
    static let enclitics = ["هما", "هم", "هن", "ها", "ه", "كم", "كما", "ك", "نا", "ني", "ي"]

    /// Splits of `word`, fewest clitics first; the unsplit word is first.
    static func splits(of word: String) -> [CliticSplit] {
        let letters = Array(word.unicodeScalars)
        var out: [CliticSplit] = [CliticSplit(stem: word)]
        for conj in ["", "و", "ف"] {
            for prep in ["", "ب", "ل", "ك", "س"] {
                var pro: [String] = []
                if !conj.isEmpty { pro.append(conj) }
                if !prep.isEmpty { pro.append(prep) }
                let proLen = pro.count
                guard letters.count > proLen + 1 else { continue }
                if !zip(pro, letters).allSatisfy({ $0.0.unicodeScalars.first == $0.1 }) { continue }
                let rest = Array(letters[proLen...])
                if prep == "س", let f = rest.first, !"يتنأ".unicodeScalars.contains(f) { continue }
                var stems: [(String, String?)] = []
                let restString = String(scalars: rest)
                if proLen > 0 { stems.append((restString, nil)) }
                // Enclitics; none after the article.
                let hasArticle = restString.hasPrefix("ال") || (prep == "ل" && restString.hasPrefix("ل"))
                if !hasArticle {
                    for enc in enclitics where rest.count > enc.unicodeScalars.count + 1 && restString.hasSuffix(enc) {
                        let stem = String(scalars: rest.dropLast(enc.unicodeScalars.count))
                        stems.append((stem, enc))
                    }
                }
                for (stem, enc) in stems {
                    var split = CliticSplit(proclitics: pro, stem: stem, enclitic: enc)
                    // لل → ل + ال (للسلطة → السلطة); with a stem that itself starts with ل, للغة → اللغة.
                    if prep == "ل", stem.hasPrefix("ل"), enc == nil {
                        split.stem = "ا" + stem
                        out.append(split)
                        split.stem = "ال" + stem
                    }
                    out.append(split)
                }
            }
        }
        // Fewest clitics first, keeping enumeration order otherwise.
        return out.enumerated().sorted { a, b in
            let ca = a.element.proclitics.count + (a.element.enclitic == nil ? 0 : 1)
            let cb = b.element.proclitics.count + (b.element.enclitic == nil ? 0 : 1)
            return ca != cb ? ca < cb : a.offset < b.offset
        }.map(\.element)
    }

    /// Stems to try for a split's stem: as written, then repaired before an enclitic
    /// (ي→ى: علي → على; trailing و of وا: قالو → قالوا). A ت before an enclitic is first read as
    /// ة (زوجته → زوجة "his wife", سيرته → سيرة "his biography"), then as written (a verb's ت: نقلته).
    static func stemVariants(_ split: CliticSplit) -> [String] {
        // The analyzer restores the article after ل (للسلطة → ل + السلطة); try the stem as written too.
        var out = split.restoredStem == split.stem ? [split.stem] : [split.restoredStem, split.stem]
        guard split.enclitic != nil else { return out }
        if split.stem.hasSuffix("ت") { out.insert(String(split.stem.dropLast()) + "ة", at: 0) }
        if split.stem.hasSuffix("ي") { out.append(String(split.stem.dropLast()) + "ى") }
        if split.stem.hasSuffix("و") { out.append(split.stem + "ا") }
        if split.stem.hasSuffix("ا") { out.append(String(split.stem.dropLast()) + "ى") }
        return out
    }
}
