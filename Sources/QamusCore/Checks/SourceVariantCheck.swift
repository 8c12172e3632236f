/// `source-variant`: one term spelled several ways in the Arabic source — equal after
/// normalisation (ايران / إيران "Iran"), Latin designators (S-300 / S-300S / S300), and
/// phonetic spellings of one foreign name (شويغو / شويجو "Shoigu", بوتين / بوتن "Putin").
///
/// Each finding lists every form with its count and sentences, and marks the one the
/// glossary prefers when it knows. Words of fewer than four letters are left out
/// unless the glossary has them (الى / إلى is too common to be useful).
public struct SourceVariantCheck: Check {
    public let id = "source-variant"
    public let severity = Severity.warning
    public let scope = CheckScope.source
    public let summary = "One term spelled several ways in the source."

    public init() {}

    public var examples: [CheckExample] {
        let shoigu = GlossaryEntry(arabic: "شويغو", english: "Shoigu", type: "person")
        return [
            CheckExample(source: "زار إيران.\n\nلم تعترف ايران بذلك.", triggers: true, note: "hamza written and not"),
            CheckExample(source: "صواريخ S-300S.\n\nصواريخ S-300 روسية.", triggers: true, note: "designator variants"),
            CheckExample(source: "التقى شويغو.\n\nوقال شويجو إن.", glossary: [shoigu], triggers: true, note: "غ / ج for g"),
            CheckExample(source: "التقى غوتيريش.\n\nوقال جوتيريش إن.", triggers: true, note: "غ / ج at the start"),
            CheckExample(source: "التقى بوتين.\n\nوقال بوتن إن.", glossary: [GlossaryEntry(arabic: "بوتين", english: "Putin")],
                         triggers: true, note: "long vowel written or not, beside the glossary form"),
            CheckExample(source: "يقول الرجل.\n\nيجول الرجل.\n\nيشكل خطرا ويشغل منصبا.", triggers: false,
                         note: "words the Arabic word list knows are not spelling variants"),
            CheckExample(source: "وصل إلى إيران ثم عاد الى لإيران وإيران.", triggers: false,
                         note: "clitics are not variants; الى / إلى is below the length threshold"),
            CheckExample(source: "كتب الكاتب كتابا.\n\nتسلم التسليم.\n\nالأعلام والإعلام.", triggers: false,
                         note: "one root in several patterns; different hamzas are different words"),
            CheckExample(source: "صواريخ S-300 وS-400.", triggers: false, note: "different designators"),
        ]
    }

    public func run(_ context: CheckContext) -> [Finding] {
        let (stems, spellings) = collectStems(context)
        var glossaryKeys = Set<String>()
        for entry in context.glossary {
            for form in entry.arabicForms { glossaryKeys.insert(Normalizer.matching.key(form)) }
        }
        let keys = spellings.map { Array(Normalizer.matching.key($0.text).unicodeScalars) }
        var clusters = VariantClusters(count: spellings.count)
        var byKey: [String: [Int]] = [:], byPhonetic: [String: [Int]] = [:]
        for (i, key) in keys.enumerated() {
            let k = ArabicWordForms.string(key)
            guard key.count >= 4 || glossaryKeys.contains(k) else { continue }
            byKey[k, default: []].append(i)
            if key.count >= 4 { byPhonetic[ArabicSpellingRelations.phoneticKey(key), default: []].append(i) }
        }
        for (key, group) in byKey {
            let inGlossary = glossaryKeys.contains(key)
            for a in group { for b in group where a < b && ArabicSpellingRelations.orthographicVariants(stems[a], stems[b], glossaryTerm: inGlossary) {
                clusters.union(a, b)
            } }
        }
        // Phonetic variants are foreign names: words the Arabic word list does not know,
        // or a glossary form beside an unknown spelling.
        let known = spellings.map { Self.isKnownWord($0.text) }
        let glossed = keys.map { glossaryKeys.contains(ArabicWordForms.string($0)) }
        for group in byPhonetic.values where group.count > 1 {
            for a in group { for b in group where a < b && ArabicSpellingRelations.phoneticVariants(keys[a], keys[b]) {
                let foreign = (!known[a] && !known[b]) || (glossed[a] && !known[b]) || (glossed[b] && !known[a])
                if foreign { clusters.union(a, b) }
            } }
        }
        var groups = clusters.clusters()
        // Designators keep their own tokens (S-300S is not a clitic-bearing Arabic word).
        let designators = context.source.enumerated().flatMap { s, sentence in latinTokens(sentence, s) }
        var designatorSpellings = Self.merge(designators)
        groups = groups.filter { !isOnlyHamzaWasl($0.map { stems[$0] }) }
        var findings = groups.map { finding(for: $0.map { spellings[$0] }, context: context) }
        findings += LatinDesignator.clusters(designatorSpellings).map { finding(for: $0.map { designatorSpellings[$0] }, context: context) }
        designatorSpellings.removeAll()
        return findings
    }

    /// Every Arabic word's stem (orthographic form; proclitics removed where the bare
    /// stem is attested in the text or glossary, or after و/ف known to the Arabic word
    /// list; the article always).
    private func collectStems(_ context: CheckContext) -> ([[Unicode.Scalar]], [SpellingOccurrences]) {
        let tokenizer = WordTokenizer()
        var words: [(Int, Range<Int>, [Unicode.Scalar])] = []
        var attested = Set<String>()
        for entry in context.glossary {
            for form in entry.arabicForms { for w in form.split(separator: " ") { attested.insert(Normalizer.matching.key(w)) } }
        }
        for (s, sentence) in context.source.enumerated() {
            let scalars = Array(sentence.unicodeScalars)
            for token in tokenizer.tokenize(scalars: scalars, in: 0..<scalars.count) where token.kind == .arabic {
                let orth = ArabicWordForms.orthographic.normalize(scalars: Array(scalars[token.range])).scalars
                attested.insert(Normalizer.matching.key(scalars: orth))
                words.append((s, token.range, orth))
            }
        }
        var index: [String: Int] = [:]
        var stems: [[Unicode.Scalar]] = [], spellings: [SpellingOccurrences] = []
        for (s, range, orth) in words {
            let starts = ArabicWordForms.stemStarts(orth)
            var offset = starts.first(where: \.article)?.offset ?? 0
            let candidates = starts.reversed().filter { $0.offset > 0 && orth.count - $0.offset >= 3 }
            if let start = candidates.first(where: { attested.contains(Normalizer.matching.key(scalars: orth[$0.offset...])) }) {
                offset = max(offset, start.offset)
            } else if orth.first == "\u{0648}" || orth.first == "\u{0641}", candidates.contains(where: { $0.offset == 1 }),
                      !Self.isKnownWord(ArabicWordForms.string(orth)), Self.isKnownWord(ArabicWordForms.string(orth[1...])) {
                // ومقعد → مقعد ("and a seat"): the word list knows the rest. Only و and ف:
                // a name after ب would turn into a word (بوتن → ب وتن).
                offset = max(offset, 1)
            }
            let stem = Array(orth[offset...])
            let text = ArabicWordForms.string(stem)
            let i = index[text] ?? { index[text] = stems.count; stems.append(stem); spellings.append(SpellingOccurrences(text: text)); return stems.count - 1 }()
            spellings[i].add(FindingSpan(side: .source, sentence: s, range: range))
        }
        return (stems, spellings)
    }

    private func latinTokens(_ sentence: String, _ s: Int) -> [(String, FindingSpan)] {
        WordTokenizer().tokenize(sentence).filter { $0.kind == .latin && LatinDesignator.family($0.text) != nil }
            .map { ($0.text, FindingSpan(side: .source, sentence: s, range: $0.range)) }
    }

    static func merge(_ items: [(String, FindingSpan)]) -> [SpellingOccurrences] {
        var index: [String: Int] = [:]
        var result: [SpellingOccurrences] = []
        for (text, span) in items {
            let i = index[text] ?? { index[text] = result.count; result.append(SpellingOccurrences(text: text)); return result.count - 1 }()
            result[i].add(span)
        }
        return result
    }

    /// Whether the Arabic word list knows `word`, as written or without a pronoun
    /// enclitic (مهاراته "his skills" → مهارات, مهارته "his skill" → مهارة). Proclitics are
    /// already off the stems here, and splitting more would turn names into words (بوتن → ب وتن).
    static func isKnownWord(_ word: String) -> Bool {
        let lexicon = StemLexicon.shared
        if lexicon.flags(of: word).contains(.exact) { return true }
        for enclitic in ["هما", "ها", "هم", "هن", "كم", "نا", "ه", "ك", "ي"] where word.hasSuffix(enclitic) {
            let host = String(word.unicodeScalars.dropLast(enclitic.unicodeScalars.count))
            guard host.unicodeScalars.count >= 2 else { continue }
            if lexicon.flags(of: host).contains(.exact) { return true }
            if host.hasSuffix("ت"), lexicon.flags(of: String(host.unicodeScalars.dropLast()) + "ة").contains(.exact) { return true }
        }
        return false
    }

    /// A cluster whose only difference is a hamza-wasl error is left to `hamza-wasl`.
    private func isOnlyHamzaWasl(_ stems: [[Unicode.Scalar]]) -> Bool {
        let remaining = stems.filter { stem in
            guard let fixed = HamzaWaslRules.correction(of: stem) else { return true }
            return !stems.contains(fixed)
        }
        return remaining.count <= 1
    }

    private func finding(for spellings: [SpellingOccurrences], context: CheckContext) -> Finding {
        let preferred = preferredSpelling(spellings.map(\.text), context.glossary)
        let forms = spellings.sorted { $0.spans.count > $1.spans.count }.map { $0.form(preferred: $0.text == preferred) }
        var message = "one term spelled \(forms.count) ways: " + forms.map { "\($0.text) ×\($0.count)" }.joined(separator: ", ")
        if let preferred { message += "; the glossary prefers \(preferred)" }
        let sentences = Array(Set(forms.flatMap(\.sentences))).sorted()
        return Finding(check: id, severity: severity, message: message, forms: forms, sourceSentences: sentences,
                       spans: spellings.flatMap(\.spans).sorted { ($0.sentence, $0.start) < ($1.sentence, $1.start) },
                       suggestion: preferred)
    }

    /// The glossary's preferred spelling among `texts` (or of their entry), if any entry knows them.
    func preferredSpelling(_ texts: [String], _ glossary: [GlossaryEntry]) -> String? {
        let bare = { (s: String) in s.hasPrefix("ال") && s.unicodeScalars.count > 4 ? String(s.dropFirst(2)) : s }
        let keys = Set(texts.map { Normalizer.matching.key(bare($0)) })
        let phonetic = Set(texts.map { ArabicSpellingRelations.phoneticKey(Array(Normalizer.matching.key(bare($0)).unicodeScalars)) })
        // Exact spellings first, then phonetic ones (a glossary entry for شويغو knows شويجو).
        for phoneticPass in [false, true] {
            for entry in glossary {
                let known = entry.arabicForms.contains { f in
                    let k = Normalizer.matching.key(bare(f))
                    if phoneticPass {
                        let entryKey = Array(k.unicodeScalars)
                        return phonetic.contains(ArabicSpellingRelations.phoneticKey(entryKey)) && texts.contains {
                            ArabicSpellingRelations.phoneticVariants(entryKey, Array(Normalizer.matching.key(bare($0)).unicodeScalars))
                        }
                    }
                    return keys.contains(k) || keys.contains(Normalizer.matching.key(f)) || texts.contains { $0.caseInsensitiveCompare(f) }
                }
                guard known else { continue }
                let preferred = ArabicWordForms.orthographic.normalize(entry.arabic).string
                return texts.first { bare($0) == bare(preferred) || $0.caseInsensitiveCompare(preferred) } ?? bare(preferred)
            }
        }
        return nil
    }
}

extension String {
    fileprivate func caseInsensitiveCompare(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
