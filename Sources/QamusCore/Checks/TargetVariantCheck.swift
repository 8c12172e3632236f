/// `target-variant`: one name spelled several ways in the English translation —
/// diacritics (Erdogan / Erdoğan), vowel spellings of one transliteration
/// (Soleimani / Suleimani, Qassem / Qasem) and designators (S-300 / S-300S).
///
/// Only capitalised words count as names; a capitalised word that opens a sentence and
/// also appears in lower case elsewhere (This / this) is not a name.
public struct TargetVariantCheck: Check {
    public let id = "target-variant"
    public let severity = Severity.warning
    public let scope = CheckScope.translation
    public let summary = "One name spelled several ways in the translation."

    public init() {}

    public var examples: [CheckExample] {
        let source = "التقى أردوغان بسليماني.\n\nوقال أردوغان إن سليماني صديق."
        return [
            CheckExample(source: source, target: "Erdogan met Soleimani.\n\nErdoğan said Soleimani was a friend.",
                         triggers: true, note: "diacritic variant"),
            CheckExample(source: source, target: "Erdogan met Soleimani.\n\nErdogan said Suleimani was a friend.",
                         triggers: true, note: "vowel variant"),
            CheckExample(source: source, target: "Erdogan met Qassem Soleimani.\n\nErdogan said Qasem was a friend.",
                         triggers: true, note: "doubled letter"),
            CheckExample(source: source, target: "Erdogan met Soleimani.\n\nErdogan said Soleimani's friend was there.",
                         triggers: false, note: "possessive is the same name"),
            CheckExample(source: source, target: "Paul met Juan in France.\n\nPall said Joan was in Franco's Spain.",
                         triggers: false, note: "short names a vowel apart, and a last-letter difference, are different names"),
            CheckExample(source: source, target: "This was Erdogan.\n\nThus Erdogan said so, and this was all.",
                         triggers: false, note: "sentence-initial words are not names"),
        ]
    }

    public func run(_ context: CheckContext) -> [Finding] {
        guard let target = context.target else { return [] }
        var names: [(String, FindingSpan)] = []
        var designators: [(String, FindingSpan)] = []
        var lowercaseWords = Set<String>()
        var sentenceInitial: [(String, FindingSpan)] = []
        for (t, sentence) in target.enumerated() {
            let tokens = WordTokenizer().tokenize(sentence).filter { $0.kind == .latin }
            for (k, token) in tokens.enumerated() {
                if LatinDesignator.family(token.text) != nil {
                    designators.append((token.text, FindingSpan(side: .target, sentence: t, range: token.range)))
                    continue
                }
                var offset = token.range.lowerBound
                for part in token.text.split(separator: "-", omittingEmptySubsequences: false) {
                    let word = Self.dropPossessive(String(part))
                    let span = FindingSpan(side: .target, sentence: t, range: offset..<offset + word.unicodeScalars.count)
                    offset += part.unicodeScalars.count + 1
                    guard let first = word.unicodeScalars.first else { continue }
                    if !first.properties.isUppercase { lowercaseWords.insert(word.lowercased()); continue }
                    // Acronyms (RECO, NATO) are not transliterated names.
                    guard word.count >= 4, word.unicodeScalars.dropFirst().contains(where: { $0.properties.isLowercase }) else { continue }
                    if k == 0 && span.start == token.range.lowerBound { sentenceInitial.append((word, span)) } else { names.append((word, span)) }
                }
            }
        }
        names += sentenceInitial.filter { !lowercaseWords.contains($0.0.lowercased()) }
        let spellings = SourceVariantCheck.merge(names)
        let folded = spellings.map { Self.fold($0.text) }
        var clusters = VariantClusters(count: spellings.count)
        var bySkeleton: [String: [Int]] = [:]
        for (i, f) in folded.enumerated() { bySkeleton[Self.skeleton(f), default: []].append(i) }
        for group in bySkeleton.values where group.count > 1 {
            for a in group { for b in group where a < b && Self.related(folded[a], folded[b]) { clusters.union(a, b) } }
        }
        var findings = clusters.clusters().map { finding(for: $0.map { spellings[$0] }, context) }
        let designatorSpellings = SourceVariantCheck.merge(designators)
        findings += LatinDesignator.clusters(designatorSpellings).map { finding(for: $0.map { designatorSpellings[$0] }, context) }
        return findings
    }

    private func finding(for spellings: [SpellingOccurrences], _ context: CheckContext) -> Finding {
        let preferred = spellings.first { s in
            context.glossary.contains { entry in
                EnglishTermLocator().ranges(ofFolded: Array(s.text.unicodeScalars), in: EnglishTermLocator().prepare(entry.english), first: true).isEmpty == false
                    && entry.english.contains(s.text)
            }
        }?.text
        let forms = spellings.sorted { $0.spans.count > $1.spans.count }.map { $0.form(preferred: $0.text == preferred) }
        var message = "one name spelled \(forms.count) ways in the translation: "
            + forms.map { "\($0.text) ×\($0.count)" }.joined(separator: ", ")
        if let preferred { message += "; the glossary has \(preferred)" }
        return Finding(check: id, severity: severity, message: message, forms: forms,
                       targetSentences: Array(Set(forms.flatMap(\.sentences))).sorted(),
                       spans: spellings.flatMap(\.spans).sorted { ($0.sentence, $0.start) < ($1.sentence, $1.start) },
                       suggestion: preferred)
    }

    private static func dropPossessive(_ w: String) -> String {
        for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] where w.hasSuffix(suffix) { return String(w.dropLast(suffix.count)) }
        return w
    }

    private static let folder = Normalizer([.foldLatinCase, .foldLatinDiacritics])

    static func fold(_ w: String) -> [Unicode.Scalar] { Array(folder.key(w).unicodeScalars) }

    /// Consonant skeleton: vowel runs as one mark, doubled letters once, q as k.
    static func skeleton(_ w: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        for (i, s) in w.enumerated() {
            let isVowel = "aeiou".unicodeScalars.contains(s) || (s == "y" && i > 0)
            let c: Unicode.Scalar = isVowel ? "V" : (s == "q" ? "k" : s)
            if out.last != c { out.append(c) }
        }
        return String(out)
    }

    /// Whether two folded spellings with one skeleton are one name: equal once folded
    /// (Erdoğan / Erdogan), equal but for doubled letters (Qassem / Qasem), or one edit
    /// apart (two from nine letters on) but not only in the last letter (France / Franco).
    /// Short names differ by a vowel too often to compare (Paul / Pall, Juan / Joan).
    static func related(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        if a == b { return true }
        let shorter = min(a.count, b.count)
        if shorter >= 5, undoubled(a) == undoubled(b) { return true }
        guard shorter >= 6, a.dropLast() != b.dropLast() else { return false }
        return distance(a, b) <= (shorter >= 9 ? 2 : 1)
    }

    private static func undoubled(_ w: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for s in w where out.last != s { out.append(s) }
        return out
    }

    /// Levenshtein distance (short words only).
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
