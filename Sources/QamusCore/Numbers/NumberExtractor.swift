/// Finds numbers in Arabic or English sentences and gives them a canonical value.
///
/// Digits in any script (1300, ١٣٠٠, ۱۳۰۰), the Arabic decimal and thousands
/// separators (٣٫٥ "3.5", ١٬٣٠٠ "1,300"), Latin thousands separators (1,300 and
/// 1.000.000), both ends of a range (1300-1500 gives 1300 and 1500) and small number
/// words (ثلاثة, وثلاثة "and three", ثلاثة عشر "thirteen", three, twenty-five).
public struct NumberExtractor: Sendable {
    public init() {}

    /// Numbers in `text`, offsets in its Unicode scalars.
    public func numbers(in text: String) -> [NumberMention] {
        let scalars = Array(text.unicodeScalars)
        return numbers(scalars: scalars, in: 0..<scalars.count)
    }

    /// Numbers in `scalars[range]`, offsets are indices into `scalars`.
    public func numbers(scalars: [Unicode.Scalar], in range: Range<Int>) -> [NumberMention] {
        var result: [NumberMention] = []
        var words: [Word] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let s = scalars[i]
            if ArabicScalar.isDigit(s) {
                let (next, value) = scanDigits(scalars, from: i, end: end)
                result.append(NumberMention(value: value, range: i..<next, surface: text(scalars, i..<next), form: .digits))
                i = next
            } else if ArabicScalar.isLetter(s) {
                var j = i + 1
                while j < end, ArabicScalar.isWordInternal(scalars[j]) { j += 1 }
                if j - i <= 12 { words.append(Word(range: i..<j, key: Normalizer.matching.key(scalars: scalars[i..<j]), arabic: true)) }
                i = j
            } else if ArabicScalar.isLatinLetter(s) {
                var j = i + 1
                while j < end, ArabicScalar.isLatinLetter(scalars[j]) { j += 1 }
                if j - i <= 9 { words.append(Word(range: i..<j, key: Normalizer.matching.key(scalars: scalars[i..<j]), arabic: false)) }
                i = j
            } else {
                i += 1
            }
        }
        addScales(&result, words, scalars)
        result += wordNumbers(words, scalars: scalars)
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Digits followed by a scale word (168 ألف, 1.5 million, 221bn) may stand for the
    /// scaled value too.
    private func addScales(_ mentions: inout [NumberMention], _ words: [Word], _ scalars: [Unicode.Scalar]) {
        var next = 0
        for k in mentions.indices {
            let end = mentions[k].range.upperBound
            while next < words.count, words[next].range.lowerBound < end { next += 1 }
            guard next < words.count, let zeros = NumberWords.scales[words[next].key] else { continue }
            let gap = scalars[end..<words[next].range.lowerBound]
            guard gap.count <= 1, gap.allSatisfy({ $0 == " " }) else { continue }
            mentions[k].alternatives.append(Self.scaled(mentions[k].value, zeros: zeros))
        }
    }

    /// `value` × 10^zeros, as a canonical string ("1.5", 6 → "1500000").
    static func scaled(_ value: String, zeros: Int) -> String {
        let parts = value.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        for _ in 0..<zeros {
            if fraction.isEmpty { integer += "0" } else { integer.append(fraction.removeFirst()) }
        }
        let trimmed = integer.drop { $0 == "0" }
        let whole = trimmed.isEmpty ? "0" : String(trimmed)
        return fraction.isEmpty ? whole : whole + "." + fraction
    }

    private struct Word {
        var range: Range<Int>
        var key: String
        var arabic: Bool
    }

    // MARK: Digits

    /// Scans digits and separators from `start`; returns the end and the canonical value.
    private func scanDigits(_ scalars: [Unicode.Scalar], from start: Int, end: Int) -> (Int, String) {
        var groups: [String] = [""]
        var separators: [Unicode.Scalar] = []
        var i = start
        while i < end {
            let s = scalars[i]
            if let d = ArabicScalar.digitValue(s) {
                groups[groups.count - 1].unicodeScalars.append(Unicode.Scalar(UInt8(0x30 + d)))
                i += 1
            } else if separators.isEmpty, isTimeColon(scalars, i, end, hourDigits: groups[0].count) {
                separators.append(s)
                groups.append("")
                i += 1
            } else if isSeparator(s), i + 1 < end, ArabicScalar.isDigit(scalars[i + 1]) {
                separators.append(s)
                groups.append("")
                i += 1
            } else {
                break
            }
        }
        return (i, canonical(groups: groups, separators: separators))
    }

    private func isSeparator(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "," || s == "\u{066B}" || s == "\u{066C}"
    }

    /// A clock time's colon: one or two digits before, exactly two after (6:30, 10:00).
    private func isTimeColon(_ scalars: [Unicode.Scalar], _ i: Int, _ end: Int, hourDigits: Int) -> Bool {
        guard scalars[i] == ":", hourDigits <= 2, i + 2 < end else { return false }
        return ArabicScalar.isDigit(scalars[i + 1]) && ArabicScalar.isDigit(scalars[i + 2])
            && (i + 3 >= end || !ArabicScalar.isDigit(scalars[i + 3]))
    }

    /// Decides which separator is the decimal point: ٫ always, ٬ never; a lone "." is
    /// decimal; "," before groups of exactly three digits is a thousands separator;
    /// with both "," and ".", the last one is the decimal point.
    private func canonical(groups: [String], separators: [Unicode.Scalar]) -> String {
        if separators.isEmpty { return trimInteger(groups[0]) }
        // A clock time 6:30 reads as 6.30, the way British English writes it ("6.30am").
        if separators == [":"], groups[0].count <= 2, groups[1].count == 2 {
            return canonical(groups: groups, separators: ["."])
        }
        var decimalIndex: Int? = separators.firstIndex(of: "\u{066B}")
        if decimalIndex == nil {
            let latin = separators.enumerated().filter { $0.element == "." || $0.element == "," }
            let kinds = Set(latin.map(\.element))
            if kinds.count > 1 {
                decimalIndex = latin.last?.offset
            } else if let only = kinds.first, latin.count == 1 {
                let k = latin[0].offset
                let grouped = groups[k + 1].count == 3
                decimalIndex = (only == "," && grouped) ? nil : k
            } else if latin.count > 1 {
                let allThree = latin.allSatisfy { groups[$0.offset + 1].count == 3 }
                decimalIndex = allThree ? nil : latin.last?.offset
            }
        }
        guard let d = decimalIndex else { return trimInteger(groups.joined()) }
        let integer = trimInteger(groups[0...d].joined())
        var fraction = groups[(d + 1)...].joined()
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? integer : integer + "." + fraction
    }

    private func trimInteger(_ s: String) -> String {
        let trimmed = s.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }

    // MARK: Words

    private func wordNumbers(_ words: [Word], scalars: [Unicode.Scalar]) -> [NumberMention] {
        var result: [NumberMention] = []
        var k = 0
        while k < words.count {
            let w = words[k]
            let found: (value: Int, form: NumberMention.Form)?
            if w.arabic {
                found = arabicValue(w.key)
            } else {
                found = NumberWords.english[w.key].map { ($0, .word) } ?? NumberWords.englishOrdinals[w.key].map { ($0, .ordinal) }
            }
            guard var (value, form) = found else {
                if w.arabic, let unit = NumberWords.arabicTeenUnits[stripConjunction(w.key)],
                   k + 1 < words.count, NumberWords.arabicTeen.contains(words[k + 1].key) {
                    result.append(mention(unit + 10, .word, words[k].range.lowerBound..<words[k + 1].range.upperBound, scalars))
                    k += 2
                } else {
                    k += 1
                }
                continue
            }
            var last = k
            if let next = words[safe: k + 1] {
                if w.arabic, value < 10, NumberWords.arabicTeen.contains(next.key) {
                    value += 10
                    last = k + 1
                } else if w.arabic, value < 10, next.key.hasPrefix("و"),
                          let tens = arabicValue(String(next.key.dropFirst()))?.value, tens >= 20, tens < 100, tens % 10 == 0 {
                    value += tens // خمسة وعشرون (25), الخامس والأربعين (45th)
                    last = k + 1
                } else if !w.arabic, value >= 20, value < 100, value % 10 == 0,
                          let unit = NumberWords.english[next.key], unit < 10,
                          next.range.lowerBound == w.range.upperBound + 1,
                          scalars[w.range.upperBound] == "-" || scalars[w.range.upperBound] == " " {
                    value += unit
                    last = k + 1
                } else if !w.arabic, form == .word, value < 100, next.key == "hundred" || next.key == "thousand" {
                    value *= next.key == "hundred" ? 100 : 1000
                    last = k + 1
                }
            }
            var number = mention(value, form, w.range.lowerBound..<words[last].range.upperBound, scalars)
            if form == .ordinal, (1920...1990).contains(value) { number.alternatives = [String(value - 1900)] } // "the 70s"
            result.append(number)
            k = last + 1
        }
        return result
    }

    /// Value of an Arabic word, allowing the proclitics و ف ب ل ك and the article
    /// (وثلاثة "and three", العشرين "the twenty"), hundreds written as one word
    /// (ثلاثمائة "three hundred"), ordinals (الرابع "the fourth") and decades (السبعينيات).
    private func arabicValue(_ key: String) -> (value: Int, form: NumberMention.Form)? {
        for (stem, article) in stems(key) {
            // بالمئة, في المئة: "percent", not a hundred. A cardinal with the article is
            // mostly an ordinal (القرن العشرين "the twentieth century"): evidence only.
            if let v = NumberWords.arabic[stem], !(article && v == 100) { return (v, article ? .ordinal : .word) }
            if let v = NumberWords.arabicOrdinals[stem] { return (v, .ordinal) }
            if let v = NumberWords.arabicDecades[stem] { return (v, .ordinal) }
            for hundred in NumberWords.arabicHundredSuffixes where stem.hasSuffix(hundred) {
                let unit = String(stem.dropLast(hundred.count))
                if let u = NumberWords.arabic[unit], u < 10, u > 2 { return (u * 100, .word) }
            }
        }
        return nil
    }

    /// The word, then without و/ف, without ب/ل/ك, and without the article (flagged).
    /// A stripped stem keeps at least four letters (وست is "and West", not "and six").
    private func stems(_ key: String) -> [(String, Bool)] {
        var result = [key]
        var s = Substring(key)
        if let f = s.first, f == "و" || f == "ف" { s = s.dropFirst(); result.append(String(s)) }
        if let f = s.first, f == "ب" || f == "ل" || f == "ك" { result.append(String(s.dropFirst())) }
        var withoutArticle = result.filter { $0.hasPrefix("ال") && $0.count > 4 }.map { String($0.dropFirst(2)) }
        if s.hasPrefix("لل"), s.count > 4 { withoutArticle.append(String(s.dropFirst(2))) }
        let all = result.map { ($0, false) } + withoutArticle.map { ($0, true) }
        return all.enumerated().filter { $0.offset == 0 || $0.element.0.count >= 4 }.map(\.element)
    }

    private func stripConjunction(_ key: String) -> String {
        key.hasPrefix("و") ? String(key.dropFirst()) : key
    }

    private func mention(_ value: Int, _ form: NumberMention.Form, _ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> NumberMention {
        NumberMention(value: String(value), range: range, surface: text(scalars, range), form: form)
    }

    private func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
