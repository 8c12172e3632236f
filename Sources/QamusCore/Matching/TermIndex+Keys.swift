extension TermIndex {
    /// The word keys of an Arabic form, as the matcher compares them: one
    /// `Normalizer.matching` key per word token ("الحرس الثوري" → ["الحرس", "الثوري"]).
    public static func keys(of form: String) -> [String] {
        var bytes: [UInt8] = []
        guard withUTF8Bytes(form, { appendJoinedKeys(ofUTF8: $0, into: &bytes) }) > 0 else { return [] }
        return bytes.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Appends the word keys of `form` to `out`, joined by single spaces; returns
    /// the number of words (0, appending nothing, when a word has no key).
    static func appendJoinedKeys(ofUTF8 form: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Int {
        let start = out.count
        if let words = appendArabicWordKeys(form, into: &out) { return words }
        out.removeSubrange(start...)
        let keys = WordTokenizer().tokenize(String(decoding: form, as: UTF8.self)).filter(\.isWord).map { Normalizer.matching.key($0.text) }
        if keys.isEmpty || keys.contains(where: \.isEmpty) { return 0 }
        for (i, key) in keys.enumerated() {
            if i > 0 { out.append(0x20) }
            out.append(contentsOf: key.utf8)
        }
        return keys.count
    }

    /// Fast path for the common form: Arabic words separated by single spaces, which
    /// the tokenizer would split at the spaces. `nil` for anything else.
    private static func appendArabicWordKeys(_ form: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Int? {
        var words = 0
        var wordStart = out.count
        var previousWasSpace = true
        var bytes = form.makeIterator()
        var decoder = UTF8()
        while true {
            let s: Unicode.Scalar
            switch decoder.decode(&bytes) {
            case .scalarValue(let scalar): s = scalar
            case .emptyInput:
                if previousWasSpace || out.count == wordStart { return nil }
                return words + 1
            case .error: return nil
            }
            if s == " " {
                if previousWasSpace || out.count == wordStart { return nil }
                out.append(0x20)
                words += 1
                wordStart = out.count
                previousWasSpace = true
                continue
            }
            guard ArabicScalar.isWordInternal(s) else { return nil }
            previousWasSpace = false
            Normalizer.matching.appendFolded(s) { folded in UTF8.encode(folded) { out.append($0) } }
        }
    }

    /// Which inflections a glossary word allows. Names of people and places never
    /// inflect (حلب is not حلبة, قطر is not قطرات); nisba adjectives and sound plurals do.
    static func inflection(of key: String, type: String) -> Inflection {
        let t = type == "person" || type == "place" || type == "term" ? type : type.lowercased()
        if t == "person" || t == "place" || key.unicodeScalars.count < 3 { return .none }
        if key.hasSuffix("ون") || key.hasSuffix("ين"), key.count >= 5 { return .soundPlural }
        if key.hasSuffix("ي") { return .nisba }
        if t == "term", key.hasSuffix("ه"), key.count >= 4 { return .tehMarbuta }
        return .none
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
