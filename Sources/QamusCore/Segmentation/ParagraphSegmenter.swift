/// Splits text into paragraphs at blank lines (lines holding only whitespace).
public struct ParagraphSegmenter: Sendable {
    public init() {}

    /// Paragraph ranges (scalar offsets), each trimmed of surrounding whitespace; empty paragraphs are dropped.
    public func paragraphs(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var lineStart = 0
        var paragraphStart: Int?
        var i = 0
        func close(at end: Int) {
            if let start = paragraphStart {
                let trimmed = Self.trim(scalars, start..<end)
                if !trimmed.isEmpty { result.append(trimmed) }
            }
            paragraphStart = nil
        }
        while i <= scalars.count {
            let atEnd = i == scalars.count
            if atEnd || Self.isLineBreak(scalars[i]) {
                let line = lineStart..<i
                let blank = scalars[line].allSatisfy { ArabicScalar.isWhitespace($0) || ArabicScalar.isFormatControl($0) }
                if blank {
                    close(at: lineStart)
                } else if paragraphStart == nil {
                    paragraphStart = lineStart
                }
                if atEnd { close(at: i); break }
                // CR LF counts as one break.
                if scalars[i] == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                lineStart = i + 1
            }
            i += 1
        }
        return result
    }

    /// Line feed, carriage return, and the Unicode line and paragraph separators.
    static func isLineBreak(_ s: Unicode.Scalar) -> Bool {
        s == "\n" || s == "\r" || s == "\u{2028}" || s == "\u{2029}" || s == "\u{0B}" || s == "\u{0C}" || s == "\u{85}"
    }

    /// `range` without leading and trailing whitespace or invisible controls.
    static func trim(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, ArabicScalar.isWhitespace(scalars[lo]) || ArabicScalar.isFormatControl(scalars[lo]) { lo += 1 }
        while hi > lo, ArabicScalar.isWhitespace(scalars[hi - 1]) || ArabicScalar.isFormatControl(scalars[hi - 1]) { hi -= 1 }
        return lo..<hi
    }
}
