import Foundation
import QamusCore

/// An evaluation-only name lexicon read from TSV files (`arabic<TAB>english<TAB>type`), skipping
/// held-out `*-test.tsv` files. Stands in for the product's name lexicon in `qamus-gloss-eval`.
struct NameList {
    private var names: [String: String] = [:]

    init(directory: String?) {
        guard let directory, let files = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        // Priority: CLDR places, Wikidata persons, then the rest.
        let order = files.filter { $0.hasSuffix(".tsv") && !$0.contains("-test") }.sorted { rank($0) < rank($1) }
        for f in order {
            guard let data = FileManager.default.contents(atPath: directory + "/" + f) else { continue }
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard cols.count >= 2 else { continue }
                let key = LexiconLookup.key(String(cols[0]))
                if names[key] == nil { names[key] = titleCase(String(cols[1])) }
            }
        }
    }

    private func rank(_ f: String) -> Int { f.hasPrefix("cldr") ? 0 : (f.hasPrefix("wikidata") ? 1 : 2) }

    private func titleCase(_ s: String) -> String {
        s.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// The English of a name, also after a leading و/ب/ل/ال.
    func lookup(_ word: String) -> String? {
        let key = LexiconLookup.key(word)
        if let n = names[key] { return n }
        for p in ["و", "ب", "ل", "ال", "وال", "بال", "لل"] where key.hasPrefix(p) && key.count > p.count + 2 {
            if let n = names[String(key.dropFirst(p.count))] { return n }
        }
        return nil
    }
}

/// A crude letter-by-letter romaniser, the evaluation's stand-in for the transliteration model.
struct Romaniser {
    private static let map: [Character: String] = [
        "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d",
        "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh",
        "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ى": "a", "ة": "a",
        "ء": "", "ؤ": "u", "ئ": "i", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g",
    ]

    func romanise(_ word: String) -> String {
        let letters = Array(LexiconLookup.key(word))
        var out = ""
        for (i, c) in letters.enumerated() {
            var r = Self.map[c] ?? ""
            // Long vowels between consonants read as vowels.
            if c == "و", i > 0, i < letters.count - 1 { r = "u" }
            if c == "ي", i > 0, i < letters.count - 1 { r = "i" }
            out += r
        }
        return out
    }
}
