/// Splits a paragraph into sentences: ICU's sentence break iterator underneath,
/// Arabic news rules on top.
///
/// Rules: `.` `!` `?` `؟` end a sentence when whitespace or the end follows;
/// closing quotes and brackets after the terminator stay with the sentence;
/// an ellipsis (… or ...) ends one only before a line break, the end, or an
/// opening quote; no split at `،` `:` `؛`, inside numbers (3.5, ١٫٥),
/// designators (S-300S), or after initials and abbreviations (د. "Dr.",
/// ز. أمين, ق.م "BC", U.S.). Line breaks inside a paragraph always split.
public struct SentenceSegmenter: Sendable {
    /// Abbreviations (undotted, diacritics removed) after whose full stop no sentence ends.
    public var abbreviations: Set<String>

    public init(abbreviations: Set<String> = SentenceSegmenter.defaultAbbreviations) {
        self.abbreviations = abbreviations
    }

    /// Common Arabic and English news abbreviations.
    public static let defaultAbbreviations: Set<String> = [
        // Arabic: دكتور، أستاذ، قبل/بعد الميلاد، صندوق بريد، هجري، إلخ is sentence-final so excluded.
        "د", "أ", "ا", "م", "ق", "ص", "ب", "ج", "هـ", "ه", "ت", "ش", "ع", "ك", "س", "ح", "ط", "ف",
        "ق.م", "ص.ب", "أ.د", "ا.د", "د.م",
        // English
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "maj", "capt", "cpt", "gov", "sen",
        "rep", "st", "jr", "sr", "vs", "no", "inc", "ltd", "co", "corp", "u.s", "u.n", "u.k", "e.g", "i.e",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx",
    ]

    /// Sentence ranges (scalar offsets into `scalars`) inside `range`, trimmed of whitespace.
    public func sentences(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Range<Int>] {
        if range.isEmpty { return [] }
        var candidates = Set<Int>()
        // ICU's candidates, converted from UTF-16 to scalar offsets.
        var utf16: [UInt16] = []
        var scalarAtUTF16: [Int] = []
        utf16.reserveCapacity(range.count + 8)
        for i in range {
            for unit in scalars[i].utf16 {
                utf16.append(unit)
                scalarAtUTF16.append(i)
            }
        }
        scalarAtUTF16.append(range.upperBound)
        for b in ICU.sentenceBoundaries(utf16: utf16) where b > 0 && b < utf16.count {
            candidates.insert(scalarAtUTF16[b])
        }
        // Our own candidates: after every terminator cluster and line break.
        var i = range.lowerBound
        while i < range.upperBound {
            if Self.isTerminator(scalars[i]) || ParagraphSegmenter.isLineBreak(scalars[i]) {
                var j = i + 1
                while j < range.upperBound, Self.isTerminator(scalars[j]) { j += 1 }
                candidates.insert(j)
                i = j
            } else {
                i += 1
            }
        }
        var cuts: [Int] = []
        for c in candidates.sorted() {
            if let cut = accept(c, scalars, range) { if cuts.last != cut { cuts.append(cut) } }
        }
        var result: [Range<Int>] = []
        var start = range.lowerBound
        for cut in cuts + [range.upperBound] where cut > start {
            let trimmed = ParagraphSegmenter.trim(scalars, start..<cut)
            if !trimmed.isEmpty { result.append(trimmed) }
            start = cut
        }
        return result
    }

    static func isTerminator(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "!" || s == "?" || s == "\u{061F}" || s == "\u{2026}" || s == "\u{06D4}"
    }

    static func isClosing(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "'", ")", "]", "}", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}", "\u{FD3E}", "\u{FD3F}":
            return true
        default:
            return false
        }
    }

    static func isOpeningQuote(_ s: Unicode.Scalar) -> Bool {
        s == "\"" || s == "\u{201C}" || s == "\u{00AB}" || s == "\u{2018}" || s == "(" || s == "["
    }

    /// Decides whether a candidate boundary at `c` is a real sentence end; returns
    /// the cut position (after closing quotes) or `nil`.
    private func accept(_ c: Int, _ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        // Walk back over whitespace and closing marks to the last visible character.
        var k = c
        while k > range.lowerBound, ArabicScalar.isWhitespace(scalars[k - 1]), !ParagraphSegmenter.isLineBreak(scalars[k - 1]) { k -= 1 }
        var closeEnd = k
        while k > range.lowerBound, Self.isClosing(scalars[k - 1]) { k -= 1 }
        guard k > range.lowerBound else { return nil }
        let last = scalars[k - 1]
        if ParagraphSegmenter.isLineBreak(last) || ParagraphSegmenter.isLineBreak(scalars[min(c, range.upperBound) - 1]) {
            return c
        }
        guard Self.isTerminator(last) else { return nil }
        // Extend over closing marks that follow the candidate (they stay with the sentence).
        var cut = c
        while cut < range.upperBound, Self.isClosing(scalars[cut]) { cut += 1 }
        closeEnd = max(closeEnd, cut)
        // The next visible character after the cut.
        var n = closeEnd
        while n < range.upperBound, ArabicScalar.isWhitespace(scalars[n]), !ParagraphSegmenter.isLineBreak(scalars[n]) { n += 1 }
        if n >= range.upperBound { return nil }  // paragraph end: no cut needed
        if ParagraphSegmenter.isLineBreak(scalars[n]) { return closeEnd }
        // A terminator must be followed by whitespace (3.5, ق.م, S-300S. are not ends).
        guard n > closeEnd || closeEnd > k else { return nil }
        if n == closeEnd { return nil }
        let next = scalars[n]
        // Terminator cluster starting position.
        var t = k - 1
        while t > range.lowerBound, Self.isTerminator(scalars[t - 1]) { t -= 1 }
        let cluster = scalars[t..<k]
        let isEllipsis = cluster.contains("\u{2026}") || cluster.filter({ $0 == "." }).count >= 2
        if isEllipsis, !cluster.contains(where: { $0 == "!" || $0 == "?" || $0 == "\u{061F}" }) {
            return Self.isOpeningQuote(next) ? closeEnd : nil
        }
        if cluster.count == 1, last == "." {
            if isAbbreviation(before: t, scalars, range) { return nil }
            // A lower-case Latin word after a full stop continues the sentence.
            if next.properties.isLowercase { return nil }
            // A number or a comma after a dot: part of a list or a number.
            if next == "," || next == "\u{060C}" { return nil }
        }
        return closeEnd
    }

    /// Whether the word just before position `dot` (a full stop) is an abbreviation or an initial.
    private func isAbbreviation(before dot: Int, _ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var w = dot
        while w > range.lowerBound {
            let s = scalars[w - 1]
            if ArabicScalar.isLetter(s) || ArabicScalar.isLatinLetter(s) || ArabicScalar.isDiacritic(s) || s == "." || s == ArabicScalar.tatweel {
                w -= 1
            } else {
                break
            }
        }
        guard w < dot else { return false }
        // The tail of a designator or number (S-300S., F-16A.) is not an initial.
        if w > range.lowerBound, ArabicScalar.isDigit(scalars[w - 1]) || scalars[w - 1] == "-" { return false }
        let word = String(scalars: scalars[w..<dot].filter { !ArabicScalar.isDiacritic($0) }).lowercased()
        if word.isEmpty { return false }
        // A single letter: an initial (ز. أمين, George W. Bush), unless after a number (عام 2014 م.).
        let letters = word.unicodeScalars.filter { $0 != "." }
        if letters.count == 1 {
            var p = w
            while p > range.lowerBound, scalars[p - 1] == " " { p -= 1 }
            if p > range.lowerBound, ArabicScalar.isDigit(scalars[p - 1]), word == "م" || word == "هـ" || word == "ه" {
                return false
            }
            return true
        }
        if word.contains(".") { return true }  // U.S., ق.م
        return abbreviations.contains(word)
    }
}
