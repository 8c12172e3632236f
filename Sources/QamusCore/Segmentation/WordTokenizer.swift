/// Splits text into words, numbers, punctuation and symbols.
///
/// Numbers keep their separators (3.5, 1,300, ١٫٥ are one token each); Latin
/// designators keep internal hyphens (S-300S, F-16); an Arabic word keeps its
/// clitics (وبالحرس, "and by the Guard", is one token — see `CliticAnalyzer`).
public struct WordTokenizer: Sendable {
    public init() {}

    /// Tokens of `text`, offsets in its Unicode scalars.
    public func tokenize(_ text: String) -> [Token] {
        tokenize(scalars: Array(text.unicodeScalars), in: 0..<text.unicodeScalars.count)
    }

    /// Tokens of `scalars[range]`; offsets are indices into `scalars`.
    public func tokenize(scalars: [Unicode.Scalar], in range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let s = scalars[i]
            if ArabicScalar.isWhitespace(s) || ArabicScalar.isFormatControl(s) {
                i += 1
                continue
            }
            let start = i
            let kind: TokenKind
            if ArabicScalar.isLetter(s) || s == ArabicScalar.tatweel {
                kind = .arabic
                i += 1
                while i < end, ArabicScalar.isWordInternal(scalars[i]) || isJoinerInside(scalars, i, end) { i += 1 }
                // A word never ends on an invisible joiner.
                while i > start + 1, ArabicScalar.isFormatControl(scalars[i - 1]) { i -= 1 }
            } else if ArabicScalar.isDigit(s) {
                i = scanNumber(scalars, from: i, end: end)
                if i < end, ArabicScalar.isLatinLetter(scalars[i]) || isDesignatorHyphen(scalars, i, end, afterDigits: true) {
                    i = scanLatin(scalars, from: i, end: end)
                    kind = .latin
                } else {
                    kind = .number
                }
            } else if ArabicScalar.isLatinLetter(s) {
                i = scanLatin(scalars, from: i, end: end)
                kind = .latin
            } else if isPunctuation(s) {
                kind = .punctuation
                i += 1
                if s == "." { while i < end, scalars[i] == "." { i += 1 } }
            } else if ArabicScalar.isDiacritic(s) {
                kind = .symbol
                i += 1
            } else {
                kind = .symbol
                i += 1
            }
            tokens.append(Token(kind: kind, range: start..<i, text: String(scalars: scalars[start..<i])))
        }
        return tokens
    }

    /// Whether `s` is punctuation (Unicode general category P*).
    public func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    private func isJoinerInside(_ scalars: [Unicode.Scalar], _ i: Int, _ end: Int) -> Bool {
        ArabicScalar.isFormatControl(scalars[i]) && i + 1 < end && ArabicScalar.isLetter(scalars[i + 1])
    }

    /// Digits with internal separators: 1,300 · 3.5 · ١٫٥ · 1.000.000.
    private func scanNumber(_ scalars: [Unicode.Scalar], from start: Int, end: Int) -> Int {
        var i = start
        while i < end {
            if ArabicScalar.isDigit(scalars[i]) {
                i += 1
            } else if isNumberSeparator(scalars[i]), i + 1 < end, ArabicScalar.isDigit(scalars[i + 1]), i > start {
                i += 1
            } else {
                break
            }
        }
        return i
    }

    private func isNumberSeparator(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "," || s == "\u{066B}" || s == "\u{066C}"
    }

    /// Latin letters and digits, joined by internal hyphens, apostrophes or dots
    /// between letters: S-300S, F-16, al-Assad, O'Brien.
    private func scanLatin(_ scalars: [Unicode.Scalar], from start: Int, end: Int) -> Int {
        var i = start
        while i < end {
            let s = scalars[i]
            if ArabicScalar.isLatinLetter(s) || ArabicScalar.isDigit(s) || (0x0300...0x036F).contains(s.value) {
                i += 1
            } else if isDesignatorHyphen(scalars, i, end, afterDigits: false), i > start {
                i += 1
            } else if (s == "'" || s == "\u{2019}"), i > start, i + 1 < end, ArabicScalar.isLatinLetter(scalars[i + 1]) {
                i += 1
            } else {
                break
            }
        }
        return i
    }

    /// A hyphen between two alphanumerics where at least one side is a letter (S-300, F-16, 300-S).
    private func isDesignatorHyphen(_ scalars: [Unicode.Scalar], _ i: Int, _ end: Int, afterDigits: Bool) -> Bool {
        guard scalars[i] == "-" || scalars[i] == "\u{2010}" || scalars[i] == "\u{2011}",
              i > 0, i + 1 < end else { return false }
        let before = scalars[i - 1], after = scalars[i + 1]
        let beforeOK = ArabicScalar.isLatinLetter(before) || ArabicScalar.isDigit(before)
        let afterOK = ArabicScalar.isLatinLetter(after) || ArabicScalar.isDigit(after)
        guard beforeOK, afterOK else { return false }
        if afterDigits { return ArabicScalar.isLatinLetter(after) }
        return ArabicScalar.isLatinLetter(before) || ArabicScalar.isLatinLetter(after)
    }
}
