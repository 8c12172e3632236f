/// Reads English acronyms spelled out in Arabic letter names: بي بي سي → "BBC", سي إن إن → "CNN",
/// آي إيه جي → "IAG".
///
/// Only a run of two or more letter names is an acronym; a lone دي or بي stays a word or a name
/// part (جون دي دومينيكو). Words that are also common Arabic words (في "in", أو "or") are never
/// letter names, and إن ("that") only continues a run (سي إن إن), never starts one.
enum AcronymReader {
    /// Arabic spellings of English letter names, undiacritised.
    static let letters: [ByteKey: String] = [
        "إيه": "A", "ايه": "A", "أيه": "A", "بي": "B", "سي": "C", "دي": "D", "إي": "E", "اي": "E",
        "إف": "F", "اف": "F", "جي": "G", "إتش": "H", "اتش": "H", "آي": "I", "جيه": "J", "جاي": "J",
        "كيه": "K", "كاي": "K", "إل": "L", "إم": "M", "ام": "M", "إن": "N", "بى": "B", "كيو": "Q",
        "آر": "R", "إس": "S", "اس": "S", "تي": "T", "يو": "U", "دبليو": "W", "إكس": "X", "اكس": "X", "واي": "Y",
    ]

    /// Letter names that are also Arabic words: they continue a run but never start one.
    static let continuingOnly: Set<ByteKey> = ["إن", "ام", "اي", "اف", "اس"]

    /// The acronym starting at `tokens[i]` and how many tokens it covers, or nil.
    static func read(_ tokens: [GlossInput], at i: Int) -> (english: String, count: Int)? {
        // Cheap first: both this and the next token must be as long as a letter name.
        guard i + 1 < tokens.count, fits(tokens[i]), fits(tokens[i + 1]),
              let first = letter(tokens[i]), !continuingOnly.contains(ByteKey(tokens[i].surface)) else { return nil }
        var english = first
        var j = i + 1
        while j < tokens.count, let next = letter(tokens[j]) {
            english += next
            j += 1
        }
        return j - i >= 2 ? (english, j - i) : nil
    }

    /// Whether a token has the UTF-8 length of a letter name (two, three or five Arabic letters).
    private static func fits(_ t: GlossInput) -> Bool {
        let n = t.surface.utf8.count
        return t.kind == .arabic && (n == 4 || n == 6 || n == 10)
    }

    /// The English letter a token spells, when it is an Arabic word no glossary term claims.
    private static func letter(_ t: GlossInput) -> String? {
        guard fits(t) else { return nil }
        if t.fixedEnglish != nil, (t.fixedOrigin ?? (t.isName ? .nameLexicon : .glossary)) == .glossary { return nil }
        return letters[ByteKey(t.surface)]
    }
}
