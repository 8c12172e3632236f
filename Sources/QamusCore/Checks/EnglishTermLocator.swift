/// Finds an English rendering in a target sentence, tolerant of case, Latin
/// diacritics (Erdoğan = Erdogan), curly apostrophes and English inflection:
/// "Hezbollah's", "S-300s", "missiles", "militias", "parties", "Russian-made" all
/// contain their glossary form.
public struct EnglishTermLocator: Sendable {
    private static let folder = Normalizer([.foldLatinCase, .foldLatinDiacritics, .removeFormatControls, .compatibilityForms])

    public init() {}

    /// A target sentence folded once for many look-ups.
    public struct Prepared: Sendable {
        /// Folded scalars (lower case, no diacritics, ’ as ', ‐ as -).
        public let folded: [Unicode.Scalar]
        /// Offset map into the original text.
        let normalized: NormalizedText
    }

    /// Folds `text` for look-ups.
    public func prepare(_ text: String) -> Prepared {
        let n = Self.folder.normalize(text)
        return Prepared(folded: n.scalars.map(Self.foldPunctuation), normalized: n)
    }

    /// Folds a glossary form.
    public func fold(_ form: String) -> [Unicode.Scalar] {
        Self.folder.normalize(form).scalars.map(Self.foldPunctuation)
    }

    /// Ranges (Unicode scalar offsets into the original text) where `form` occurs.
    public func ranges(of form: String, in text: Prepared) -> [Range<Int>] {
        ranges(ofFolded: fold(form), in: text)
    }

    /// Whether `form` occurs in `text`.
    public func contains(_ form: String, in text: Prepared) -> Bool {
        !ranges(ofFolded: fold(form), in: text, first: true).isEmpty
    }

    /// Ranges of an already folded form; a form ending in y also matches its plural in
    /// -ies (militia → militias is the plain rule; party → parties is this one).
    public func ranges(ofFolded form: [Unicode.Scalar], in text: Prepared, first: Bool = false) -> [Range<Int>] {
        let found = exactRanges(ofFolded: form, in: text, first: first)
        guard form.count > 2, form.last == "y", !(first && !found.isEmpty) else { return found }
        let plural = Array(form.dropLast()) + ["i", "e", "s"]
        return (found + exactRanges(ofFolded: plural, in: text, first: first)).sorted { $0.lowerBound < $1.lowerBound }
    }

    private func exactRanges(ofFolded form: [Unicode.Scalar], in text: Prepared, first: Bool) -> [Range<Int>] {
        let t = text.folded
        guard let head = form.first, form.count <= t.count else { return [] }
        var result: [Range<Int>] = []
        var p = 0
        let last = t.count - form.count
        while p <= last {
            if t[p] == head, p == 0 || !Self.isWordScalar(t[p - 1]) {
                var k = 1
                while k < form.count, t[p + k] == form[k] { k += 1 }
                if k == form.count, let end = Self.inflectedEnd(t, p + form.count) {
                    result.append(text.normalized.sourceRange(for: p..<end))
                    if first { return result }
                    p = end
                    continue
                }
            }
            p += 1
        }
        return result
    }

    /// Where a match ending at `q` really ends: at a word boundary, or after a plural
    /// "s"/"es" (possessive 's and hyphenated compounds end at a boundary already).
    private static func inflectedEnd(_ t: [Unicode.Scalar], _ q: Int) -> Int? {
        if q == t.count || !isWordScalar(t[q]) { return q }
        for suffix in [["s"], ["e", "s"]] as [[Unicode.Scalar]] {
            let end = q + suffix.count
            if end <= t.count, Array(t[q..<end]) == suffix, end == t.count || !isWordScalar(t[end]) { return end }
        }
        return nil
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        ArabicScalar.isLatinLetter(s) || ArabicScalar.isDigit(s) || ArabicScalar.isLetter(s)
    }

    private static func foldPunctuation(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x2019, 0x2018, 0x02BC: return "'"
        case 0x2010, 0x2011, 0x2012, 0x2013: return "-"
        default: return s
        }
    }
}
