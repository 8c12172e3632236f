/// Gives names of organisations and bodies the "the" English gives them: الكرملين → "the Kremlin",
/// قوة القدس → "the Quds Force", الأمم المتحدة → "the United Nations". Countries and people take
/// none (العراق "Iraq", الأسد "Assad"), nor names English writes bare (حزب الله "Hezbollah",
/// القاعدة "al-Qaeda", الناتو "NATO").
enum BodyNamer {
    /// Leading English words a proclitic gives a fixed term ("and", "to" …): the article goes after them.
    static let procliticWords: Set<Substring> = ["and", "so", "to", "in", "with", "by", "as", "of", "for"]

    /// Small words inside names that say nothing of their kind (Bank of England, Ministry for Women).
    static let linkWords: Set<Substring> = ["of", "and", "for", "the", "de", "on", "in", "to"]

    /// Last English words of a multi-word lexicon name that make it a body or a region English
    /// writes with "the" (United Nations, Security Council, Middle East, West Bank).
    static let bodyWords: Set<Substring> = [
        "Nations", "States", "Kingdom", "Union", "Council", "Emirates", "East", "Sea", "Ocean", "Gulf", "Assembly",
        "Organization", "Organisation", "Court", "Bank", "Fund", "Agency", "Republic", "Force", "Forces", "Army",
        "Corps", "Guard", "Guards", "Party", "Front", "Movement", "Committee", "Commission", "Ministry", "Authority",
        "Office", "Parliament", "Congress", "Senate", "Association", "League", "Brotherhood", "Coalition", "Alliance",
        "Institute", "Department", "Service", "Navy", "Islands", "Strip", "Peninsula", "Community", "Conference",
        "Bureau", "Administration", "Board", "Chamber", "House", "Palace", "Church",
    ]

    /// Whether a glossary organisation takes "the": its Arabic has a definite word (الكرملين، قوة القدس;
    /// not the الله of حزب الله) or its English a common noun (وكالة فارس "Fars news agency"), and its
    /// English is not already definite, an al- name or an acronym.
    static func takesArticle(surface: String, english: String) -> Bool {
        let definite = isDefinite(surface, countingGod: false)
        guard let name = nameStart(english) else { return false }
        // An English name with a common noun in it describes a body: "Fars news agency" → "the Fars news agency".
        let described = english[name...].split(separator: " ").contains { w in
            w.first?.isLowercase == true && !linkWords.contains(w) && !w.hasPrefix("al-") && !w.hasPrefix("el-")
        }
        guard definite || described else { return false }
        let first = english[name...].prefix { $0 != " " }
        let lower = first.lowercased()
        if lower == "the" || lower.hasPrefix("al-") || lower.hasPrefix("el-") { return false }
        // An acronym (NATO, UN) takes none.
        return !(first.count > 1 && first.allSatisfy { $0.isUppercase || $0 == "." })
    }

    /// Whether an Arabic term has a definite word (after و / ف; لل is ل + ال); the الله of حزب الله
    /// makes a construct definite but says nothing of its English article.
    static func isDefinite(_ surface: String, countingGod: Bool = true) -> Bool {
        surface.split(separator: " ").contains { word in
            var w = Substring(LexiconLookup.key(String(word)))
            if let first = w.first, first == "و" || first == "ف" { w = w.dropFirst() }
            return (w.hasPrefix("ال") || w.hasPrefix("لل")) && (countingGod || (w != "الله" && w != "لله"))
        }
    }

    /// Where the name starts in a fixed term's English, after the words of its proclitics.
    static func nameStart(_ english: String) -> String.Index? {
        var i = english.startIndex
        while i < english.endIndex {
            let end = english[i...].firstIndex(of: " ") ?? english.endIndex
            guard procliticWords.contains(english[i..<end]), end < english.endIndex else { return i }
            i = english.index(after: end)
        }
        return nil
    }

    /// The English with "the" before the name: "and Kremlin" → "and the Kremlin".
    static func withArticle(_ english: String) -> String {
        guard let i = nameStart(english) else { return english }
        return String(english[..<i]) + "the " + english[i...]
    }

    /// The English without the article `withArticle` put in ("the Quds Force" → "Quds Force").
    static func withoutArticle(_ english: String) -> String {
        guard let i = nameStart(english), english[i...].hasPrefix("the ") else { return english }
        return String(english[..<i]) + english[english.index(i, offsetBy: 4)...]
    }

    /// Whether a multi-word lexicon name or noun takes "the": a definite Arabic first word and
    /// either a body's English (الأمم المتحدة "United Nations") or a lower-case countable noun
    /// (السلاح الجوي "air force"; not الأمن القومي "national security").
    static func multiWordTakesArticle(stem: String, english: String, isName: Bool) -> Bool {
        let words = english.split(separator: " ")
        guard words.count > 1, let last = words.last, let first = english.first else { return false }
        if first.isUppercase {
            // الأمم المتحدة "United Nations", وزارة الدفاع "Ministry of Defense".
            return isDefinite(stem) && (bodyWords.contains(last) || bodyWords.contains(words[0]))
        }
        // A countable noun: السلاح الجوي "the air force", رئيس الوزراء "the prime minister" (a construct is
        // as definite as its last word); not a mass noun or a plural (حقوق الإنسان "human rights").
        let definite = stem.hasPrefix("ال") || (stem.split(separator: " ").last?.hasPrefix("ال") ?? false)
        return definite && !isName && !ClauseShaper.massEndings.contains { last.hasSuffix($0) } && !EnglishInflector.looksPlural(String(last))
    }
}
