import QamusCore

/// The normalised keys the store indexes and searches by. SQLite's tokenizers
/// know no Arabic (they split at harakat and fold no hamza), so keys are computed here.
enum SearchKeys {
    /// The matching key: diacritics, tatweel, alef forms, ى, ة, hamza carriers,
    /// case and Latin accents folded (إيران and ايران → ايران).
    static func key(_ text: String) -> String { Normalizer.matching.key(text) }

    /// `key` without a leading article (الكرملين → كرملين), when at least two letters remain.
    static func bare(_ key: String) -> String {
        let scalars = Array(key.unicodeScalars)
        guard scalars.count >= 4, scalars[0] == "ا", scalars[1] == "ل", scalars[2] != " ", scalars[3] != " " else { return key }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[2...])
        return String(out)
    }

    /// The keys an Arabic query may stand for once proclitics are removed, the query
    /// itself first: وبوتين → بوتين; للحرس → الحرس; وبالحرس → الحرس. Only the first word
    /// is stripped, and only while two letters remain (a conservative strip: و ف, then ب ك ل, then ال
    /// through `bare`); the clitic analyser's splits are added when it knows more.
    static func arabicCandidates(_ query: String) -> [String] {
        let k = key(query)
        guard !k.isEmpty else { return [] }
        var words = k.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first else { return [] }
        var firsts: [String] = [first]
        func add(_ s: String) { if s.unicodeScalars.count >= 2, !firsts.contains(s) { firsts.append(s) } }
        var stage1 = [first]
        if let c = first.unicodeScalars.first, c == "و" || c == "ف" { stage1.append(String(first.unicodeScalars.dropFirst())) }
        for s in stage1 {
            add(s)
            let scalars = Array(s.unicodeScalars)
            guard scalars.count >= 3 else { continue }
            if scalars[0] == "ل", scalars[1] == "ل", scalars.count >= 4 {
                add("ا" + String(scalars: scalars[1...]))
            }
            if scalars[0] == "ب" || scalars[0] == "ك" || scalars[0] == "ل" {
                add(String(scalars: scalars[1...]))
            }
        }
        let originalFirst = query.split(whereSeparator: { $0.isWhitespace }).first.map(String.init) ?? query
        for split in CliticAnalyzer.shared.analyses(of: originalFirst) {
            add(key(split.restoredStem))
        }
        words.removeFirst()
        return firsts.map { ([$0] + words).joined(separator: " ") }
    }

    /// Whether `text` is mostly Arabic script (decides which index a search uses).
    static func isArabic(_ text: String) -> Bool {
        var arabic = 0, latin = 0
        for s in text.unicodeScalars {
            if ArabicScalar.isArabicScript(s) { arabic += 1 } else if s.properties.isAlphabetic { latin += 1 }
        }
        return arabic > 0 && arabic >= latin
    }

    /// An FTS5 query for English text: every word as a quoted prefix, all required.
    /// `Quds F` → `"quds"* "f"*`. Returns nil when no word remains.
    static func englishMatchQuery(_ query: String) -> String? {
        let k = key(query)
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for s in k.unicodeScalars {
            if s.properties.isAlphabetic || s.properties.numericType != nil {
                current.append(s)
            } else if !current.isEmpty {
                words.append(String(current)); current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        guard !words.isEmpty else { return nil }
        return words.prefix(16).map { "\"\($0)\"*" }.joined(separator: " ")
    }
}

extension String.UnicodeScalarView {
    init(_ scalars: ArraySlice<Unicode.Scalar>) {
        self.init()
        append(contentsOf: scalars)
    }
}
