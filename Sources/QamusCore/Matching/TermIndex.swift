/// Glossary entries compiled for matching: every Arabic form of every entry as a
/// sequence of word keys, hashed by its first key, so the cost of matching a
/// word does not grow with the glossary's size.
public struct TermIndex: Sendable {
    /// How an entry's last word may inflect (إيراني → إيرانية, إيرانيين; الحوثيون → الحوثيين).
    struct Inflection: Sendable, Hashable {
        /// The key minus any suffix it already has.
        var stem: String
        /// Suffixes (as keys: ة is ه) the stem accepts.
        var suffixes: Set<String>
    }

    /// One Arabic form of one or more entries.
    struct Pattern: Sendable {
        /// Word keys of the form (`Normalizer.matching`), one per token.
        var keys: [String]
        /// The form as the glossary spells it.
        var form: String
        /// Entries with this form, by glossary order.
        var entries: [Int]
        /// How the last word may inflect, if at all.
        var inflection: Inflection?
    }

    /// Two consecutive word keys: multi-word forms are found by their first two words,
    /// so a glossary where thousands of terms share a first word stays fast.
    struct WordPair: Hashable, Sendable {
        var first: ByteKey
        var second: ByteKey

        init(first: String, second: String) {
            self.first = ByteKey(first)
            self.second = ByteKey(second)
        }
    }

    /// The entries, in glossary order.
    public let entries: [GlossaryEntry]
    var patterns: [Pattern] = []
    /// Single-word patterns by key.
    var singles: [ByteKey: [Int]] = [:]
    /// Single-word inflectable patterns by inflection stem.
    var byStem: [ByteKey: [Int]] = [:]
    /// First keys of multi-word patterns.
    var multiWordFirstKeys: Set<ByteKey> = []
    /// Multi-word patterns by their first two keys (and, for two-word forms whose
    /// last word inflects, by the first key and that word's inflection stem).
    var byPair: [WordPair: [Int]] = [:]

    /// Whether some two-word form has an inflecting last word (then the matcher also
    /// looks pairs up by the second word's stem).
    var hasInflectedPairs = false

    /// The number of distinct Arabic forms indexed.
    public var formCount: Int { patterns.count }

    /// Compiles `entries`. Entries whose forms have no word are skipped.
    public init(entries: [GlossaryEntry]) {
        self.entries = entries
        var patternByKeys: [ByteKey: Int] = [:]
        patternByKeys.reserveCapacity(entries.count)
        for (e, entry) in entries.enumerated() {
            for form in entry.arabicForms {
                let keys = Self.keys(of: form)
                guard !keys.isEmpty else { continue }
                let joined = ByteKey(keys.joined(separator: " "))
                if let p = patternByKeys[joined] {
                    if !patterns[p].entries.contains(e) { patterns[p].entries.append(e) }
                    continue
                }
                let p = patterns.count
                patternByKeys[joined] = p
                let inflection = Self.inflection(of: keys[keys.count - 1], type: entry.type)
                patterns.append(Pattern(keys: keys, form: form, entries: [e], inflection: inflection))
                if keys.count == 1 {
                    singles[ByteKey(keys[0]), default: []].append(p)
                    if let inflection { byStem[ByteKey(inflection.stem), default: []].append(p) }
                } else {
                    multiWordFirstKeys.insert(ByteKey(keys[0]))
                    byPair[WordPair(first: keys[0], second: keys[1]), default: []].append(p)
                    if keys.count == 2, let inflection {
                        hasInflectedPairs = true
                        if inflection.stem != keys[1] {
                            byPair[WordPair(first: keys[0], second: inflection.stem), default: []].append(p)
                        }
                    }
                }
            }
        }
    }

    /// The word keys of an Arabic form, as the matcher compares them: one
    /// `Normalizer.matching` key per word token ("الحرس الثوري" → ["الحرس", "الثوري"]).
    public static func keys(of form: String) -> [String] {
        if let keys = arabicWordKeys(form) { return keys }
        let keys = WordTokenizer().tokenize(form).filter(\.isWord).map { Normalizer.matching.key($0.text) }
        return keys.contains(where: \.isEmpty) ? [] : keys
    }

    /// Fast path for the common form: Arabic words separated by single spaces, which
    /// the tokenizer would split at the spaces. `nil` for anything else.
    private static func arabicWordKeys(_ form: String) -> [String]? {
        var keys: [String] = []
        var word = String.UnicodeScalarView()
        var previousWasSpace = true
        for s in form.unicodeScalars {
            if s == " " {
                if previousWasSpace { return nil }
                if word.isEmpty { return nil }
                keys.append(String(word))
                word = String.UnicodeScalarView()
                previousWasSpace = true
                continue
            }
            guard ArabicScalar.isWordInternal(s) else { return nil }
            previousWasSpace = false
            Normalizer.matching.appendFolded(s) { word.append($0) }
        }
        if previousWasSpace || word.isEmpty { return keys.isEmpty ? nil : nil }
        keys.append(String(word))
        return keys
    }

    /// Which inflections a glossary word allows. Names of people and places never
    /// inflect (حلب is not حلبة, قطر is not قطرات); nisba adjectives and sound plurals do.
    static func inflection(of key: String, type: String) -> Inflection? {
        let t = type == "person" || type == "place" || type == "term" ? type : type.lowercased()
        if t == "person" || t == "place" || key.unicodeScalars.count < 3 { return nil }
        if key.hasSuffix("ون") || key.hasSuffix("ين"), key.count >= 5 {
            return Inflection(stem: String(key.dropLast(2)), suffixes: ["ون", "ين"])
        }
        if key.hasSuffix("ي") {
            return Inflection(stem: key, suffixes: ["ه", "ين", "ون", "ات", "ان", "تين", "تان", "ا"])
        }
        if t == "term", key.hasSuffix("ه"), key.count >= 4 {
            return Inflection(stem: String(key.dropLast()), suffixes: ["ه", "ات", "تان", "تين"])
        }
        return nil
    }

    /// Whether a written key is the pattern's last word, as is or inflected; returns the suffix.
    func lastWord(_ key: String, matches pattern: Pattern) -> String? {
        let target = pattern.keys[pattern.keys.count - 1]
        if key == target { return "" }
        if let inflection = pattern.inflection, key.hasPrefix(inflection.stem) {
            let suffix = String(key.dropFirst(inflection.stem.count))
            if inflection.suffixes.contains(suffix) { return suffix }
        }
        // Latin plurals of designators: S-300S, F-16s.
        if key.hasSuffix("s"), key.dropLast() == Substring(target), target.contains(where: \.isNumber) { return "s" }
        return nil
    }
}

extension TermIndex {
    /// Every first-word key a glossary form could have and still match one of
    /// `words` as written: the keys of all its readings (clitics off, article
    /// restored or dropped), the forms an inflected word may come from, and the
    /// singular of a Latin designator plural. A store uses it to load only the
    /// entries a short text can match, instead of the whole glossary.
    public static func firstKeys(couldMatch words: some Sequence<String>) -> Set<String> {
        var keys = Set<String>()
        for word in words {
            let key = Normalizer.matching.key(word)
            guard !key.isEmpty else { continue }
            for reading in MatchKeyVariants.readings(of: key) {
                keys.insert(reading.key)
                for split in MatchKeyVariants.suffixSplits(of: reading.key) {
                    // The stem may be the form itself (nisba إيراني) or a sound-plural
                    // or teh-marbuta form (الحوثيون, مفاوضة) that shares it.
                    keys.insert(split.stem)
                    for ending in ["ون", "ين", "ه"] { keys.insert(split.stem + ending) }
                }
            }
            if key.hasSuffix("s"), key.contains(where: \.isNumber) { keys.insert(String(key.dropLast())) }
        }
        return keys
    }
}
