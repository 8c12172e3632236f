/// Finds an Arabic word in the lexicon through its clitics and a loose spelling key.
///
/// `LexiconLookup.shared?.reading(of: "وقواتها")` → و + قوات (→ قوة "force", plural) + ها.
/// Order of preference: a split whose stem is a frequent function word (وفي "and in", not
/// "loyal"); then exact headwords and forms, fewest clitics first; then the loose key; then
/// Arabic WordNet; splits with the ي/ني enclitic last (nisba adjectives end in ي too).
public struct LexiconLookup: Sendable {
    /// The lookup over the embedded lexicon.
    public static let shared: LexiconLookup? = Lexicon.embedded.map { LexiconLookup(lexicon: $0) }

    /// Stems that win over an unsplit reading that is not itself a function word.
    static let functionStems: Set<ByteKey> = [
        "في", "من", "إلى", "على", "عن", "مع", "لدى", "عند", "بين", "أن", "إن", "لكن", "قد", "لا", "لم", "لن",
        "ما", "هو", "هي", "هم", "كان", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "حتى", "بعد", "قبل",
    ]
    private static let keyNormalizer = Normalizer([.removeDiacritics, .removeTatweel, .removeFormatControls, .compatibilityForms])

    /// The lexicon searched.
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// The undiacritised lookup key of a written word (diacritics, tatweel removed; ٱ → ا).
    public static func key(_ word: String) -> String {
        // Fast path: most words need no folding.
        if word.unicodeScalars.allSatisfy({ u in
            u.value >= 0x0621 && u.value <= 0x064A && u.value != 0x0640
        }) { return word }
        var out = String.UnicodeScalarView()
        for u in keyNormalizer.key(word).unicodeScalars { out.append(u == "\u{0671}" ? "\u{0627}" : u) }
        return String(out)
    }

    /// The best reading of `word`, or nil when no split of it is in the lexicon.
    public func reading(of word: String) -> WordReading? {
        let key = Self.key(word)
        guard !key.isEmpty else { return nil }
        let analyzed = CliticAnalyzer.shared.analyses(of: key)
        let splits = analyzed.count > 1 ? analyzed : CliticCandidates.splits(of: key)
        let unsplit = lexicon.analyses(of: key).filter { !$0.features.contains(.wordNet) }

        // Tier 0: a preposition with only a pronoun (له "to him", بها "with it").
        if let pronounOnly = prepositionWithPronoun(key) { return pronounOnly }
        // Tier 0: function-word stems beat an unsplit content reading, and a function word's form
        // listed whole (أنه under أن): the split keeps the pronoun (أن + ه "that he").
        if unsplit.first.map({ !$0.pos.isFunctionWord || $0.lemma != key }) ?? true {
            for split in splits where !split.parts.elementsEqual([key]) {
                for stem in CliticCandidates.stemVariants(split) where Self.functionStems.contains(ByteKey(stem)) {
                    let found = lexicon.analyses(of: stem)
                    if !found.isEmpty { return reading(split, stem, found, .exact) }
                }
            }
        }
        if !unsplit.isEmpty { return WordReading(proclitics: [], stem: key, enclitic: nil, analyses: unsplit, source: .exact) }
        let late: Set<String> = ["ي", "ني"]
        // Tier 1: exact, fewest clitics first.
        for split in splits where !late.contains(split.enclitic ?? "") {
            for stem in CliticCandidates.stemVariants(split) {
                let found = lexicon.analyses(of: stem).filter { !$0.features.contains(.wordNet) }
                if !found.isEmpty { return reading(split, stem, found, .exact) }
            }
        }
        // Tier 2: the stem without its article (التصويت → تصويت), then the loose key,
        // then other derived stems (tanwin alef, feminine/plural endings, nisba), then WordNet.
        for articleOnly in [true, false] {
            if !articleOnly {
                for split in splits where !late.contains(split.enclitic ?? "") {
                    for stem in CliticCandidates.stemVariants(split) {
                        let found = lexicon.looseAnalyses(of: stem).filter { !$0.features.contains(.wordNet) }
                        if !found.isEmpty { return reading(split, stem, found, .loose) }
                    }
                }
            }
            for split in splits where !late.contains(split.enclitic ?? "") {
                for stem in CliticCandidates.stemVariants(split) {
                    for (derived, extra) in Self.derivedStems(stem, beforePronoun: split.enclitic.map { $0 != "ك" } ?? false) where (extra == .definite && derived.count + 2 == stem.count) == articleOnly {
                        let found = lexicon.analyses(of: derived).filter { !$0.features.contains(.wordNet) }
                        if !found.isEmpty { return reading(split, stem, found.map { $0.adding(extra) }, .exact) }
                    }
                }
            }
        }
        for split in splits where !late.contains(split.enclitic ?? "") {
            for stem in CliticCandidates.stemVariants(split) {
                let found = lexicon.analyses(of: stem)
                if !found.isEmpty { return reading(split, stem, found, .wordNet) }
            }
        }
        // Tier 3b: a nisba adjective of a WordNet noun of five or more letters (استخباراتية →
        // استخبارات "intelligence"). Shorter bases and other endings read too many names as words.
        for split in splits where !late.contains(split.enclitic ?? "") {
            for stem in CliticCandidates.stemVariants(split) {
                for (base, extra) in Self.nisbaBases(stem) {
                    let found = lexicon.analyses(of: base).filter { $0.features.contains(.wordNet) && $0.pos == .noun }
                    if !found.isEmpty { return reading(split, stem, found.map { $0.adding(extra) }, .wordNet) }
                }
            }
        }
        // Tier 3c: an imperfect verb the forms list lacks, on a verb of four or more letters
        // (تعرقل → عرقل "obstruct", يستقطبون → استقطب): never offered as a name.
        // Only و / ف (and س before an imperfect) split off, no pronoun suffix: other splits read names.
        for split in splits where split.enclitic == nil && split.proclitics.allSatisfy({ $0 == "و" || $0 == "ف" || $0 == "س" }) {
            for stem in CliticCandidates.stemVariants(split) {
                let perfect = split.proclitics.contains("س") ? [] : Self.perfectBases(stem)
                for (base, extra) in Self.imperfectBases(stem) + perfect {
                    // The verb itself, not a form listed under another lemma: looser matches read names.
                    let found = lexicon.analyses(of: base).filter { $0.pos == .verb && $0.lemma == base }
                    if !found.isEmpty {
                        let source: WordReading.Source = found.contains { !$0.features.contains(.wordNet) } ? .exact : .wordNet
                        return reading(split, stem, found.map { $0.adding(extra) }, source)
                    }
                }
            }
        }
        // Tier 4: the ي/ني enclitic.
        for split in splits where late.contains(split.enclitic ?? "") {
            for stem in CliticCandidates.stemVariants(split) {
                let found = lexicon.analyses(of: stem)
                if !found.isEmpty { return reading(split, stem, found, .exact) }
            }
        }
        return nil
    }

    /// Stems derived from an unknown stem: التصويت → تصويت (definite), قائلا → قائل, الغذائية → غذائي,
    /// مكاسب… ; plural endings ات/ون/ين → singular (plural), a nisba ي → its base noun.
    static func derivedStems(_ stem: String, beforePronoun: Bool = false) -> [(String, LexiconFeatures)] {
        var out: [(String, LexiconFeatures)] = []
        // Before a pronoun a participle's masculine plural drops its ن: مقاتلي + ه → مقاتل (plural),
        // not a nisba. Only مـ stems, and not before ك: other shapes read names (قانصوه، موردوك).
        if beforePronoun, stem.count > 4, stem.hasPrefix("م"), stem.hasSuffix("ي") || stem.hasSuffix("و") {
            out.append((String(stem.dropLast()), .plural))
        }
        var bases: [(String, LexiconFeatures)] = [(stem, [])]
        if stem.hasPrefix("ال"), stem.count > 3 { bases.append((String(stem.dropFirst(2)), .definite)) }
        for (base, f) in bases {
            if base != stem { out.append((base, f)) }
            if base.hasSuffix("ا"), base.count > 3 { out.append((String(base.dropLast()), f)) }
            if base.hasSuffix("ة"), base.count > 3 { out.append((String(base.dropLast()), f)) }
            for suffix in ["ات", "ون", "ين"] where base.hasSuffix(suffix) && base.count > 4 {
                let singular = String(base.dropLast(2))
                out.append((singular, f.union(.plural)))
                if suffix == "ات" { out.append((singular + "ة", f.union(.plural))) }
            }
            if base.hasSuffix("ية"), base.count > 4 { out.append((String(base.dropLast(2)), f)) }
            if base.hasSuffix("ي"), base.count > 3 { out.append((String(base.dropLast()), f.union(.nisba))) }
        }
        return out
    }

    /// Base nouns of a nisba adjective: استخباراتية, الاستخباراتي → استخبارات (five or more letters).
    static func nisbaBases(_ stem: String) -> [(String, LexiconFeatures)] {
        var body = Substring(stem)
        var extra: LexiconFeatures = .nisba
        if body.hasPrefix("ال"), body.count > 6 {
            body = body.dropFirst(2)
            extra.insert(.definite)
        }
        for ending in ["ية", "ي"] where body.hasSuffix(ending) && body.count - ending.count >= 5 {
            return [(String(body.dropLast(ending.count)), extra)]
        }
        return []
    }

    /// The perfect stem under a subject ending the forms list lacks: تنازلت → تنازل, أبرموا → أبرم
    /// (four or more letters).
    static func perfectBases(_ stem: String) -> [(String, LexiconFeatures)] {
        for (ending, extra) in [("ت", LexiconFeatures()), ("وا", LexiconFeatures.pluralSubject)]
        where stem.hasSuffix(ending) && stem.count - ending.count >= 4 {
            return [(String(stem.dropLast(ending.count)), extra)]
        }
        return []
    }

    /// Perfect stems of an imperfect verb: تعرقل → عرقل; ينسحب → انسحب (forms VII, VIII, X drop
    /// their alef); يعلن → أعلن (form IV); يستقطبون → استقطب (plural subject). Stems of four or more
    /// letters only: shorter ones read too many names as verbs.
    static func imperfectBases(_ stem: String) -> [(String, LexiconFeatures)] {
        var body = Substring(stem)
        guard let prefix = body.first, prefix == "ي" || prefix == "ت" || prefix == "ن", body.count >= 5 else { return [] }
        body = body.dropFirst()
        var extra: LexiconFeatures = .imperfect
        if prefix == "ن" { extra.insert(.pluralSubject) }
        if body.count >= 6, body.hasSuffix("ون") || body.hasSuffix("وا") {
            body = body.dropLast(2)
            extra.insert(.pluralSubject)
        }
        var out: [(String, LexiconFeatures)] = []
        if body.count >= 4 { out.append((String(body), extra)) }
        if body.count >= 3 { out += [("ا" + body, extra), ("أ" + body, extra)] }
        return out
    }

    private func reading(_ split: CliticSplit, _ stem: String, _ found: [LexiconAnalysis], _ source: WordReading.Source) -> WordReading {
        var analyses = found
        // After ب ل ك or the article a noun is likelier than a verb; after س a verb.
        let pro = split.proclitics
        if pro.contains("س") {
            analyses = analyses.filter { $0.pos == .verb } + analyses.filter { $0.pos != .verb }
        } else if pro.contains(where: { $0 == "ب" || $0 == "ل" || $0 == "ك" }) || stem.hasPrefix("ال") {
            analyses = analyses.filter { $0.pos != .verb || $0.features.contains(.nominal) }
                + analyses.filter { $0.pos == .verb && !$0.features.contains(.nominal) }
        }
        return WordReading(proclitics: pro, stem: stem, enclitic: split.enclitic, analyses: analyses, source: source)
    }

    private func prepositionWithPronoun(_ key: String) -> WordReading? {
        let s = Array(key.unicodeScalars)
        guard s.count >= 2, s.count <= 4, let first = s.first, "بلك".unicodeScalars.contains(first) else { return nil }
        let rest = String(scalars: s.dropFirst())
        // بي and كي are rarely "with me"/"like me" in news (بي بي سي, the BBC).
        guard CliticCandidates.enclitics.contains(rest), rest != "ك" || first != "ك", rest != "ي" || first == "ل" else { return nil }
        let prep = LexiconAnalysis(lemma: String(first), pos: .prep, senses: [], features: [])
        return WordReading(proclitics: [String(first)], stem: "", enclitic: rest, analyses: [prep], source: .functionWord)
    }
}
