/// ALA-LC romanisation for scholarly work: dotted emphatics (ṣ ḍ ṭ ẓ ḥ), ʻayn and
/// ʼhamza, macrons for long vowels, "al-" for the article (sun letters not
/// assimilated). Short vowels appear only where the text writes them (harakat).
///
/// ```swift
/// ALALCRomanizer.romanize("قاسم سليماني")   // "Qāsm Slymānī"
/// ALALCRomanizer.romanize("مُحَمَّد")          // "Muḥammad"
/// ```
public enum ALALCRomanizer {
    static let consonants: [UInt32: String] = [
        0x0621: "ʼ", 0x0623: "ʼ", 0x0624: "ʼ", 0x0625: "ʼ", 0x0626: "ʼ",
        0x0628: "b", 0x062A: "t", 0x062B: "th", 0x062C: "j", 0x062D: "ḥ", 0x062E: "kh", 0x062F: "d",
        0x0630: "dh", 0x0631: "r", 0x0632: "z", 0x0633: "s", 0x0634: "sh", 0x0635: "ṣ", 0x0636: "ḍ",
        0x0637: "ṭ", 0x0638: "ẓ", 0x0639: "ʻ", 0x063A: "gh", 0x0641: "f", 0x0642: "q", 0x0643: "k",
        0x0644: "l", 0x0645: "m", 0x0646: "n", 0x0647: "h", 0x067E: "p", 0x0686: "ch", 0x06A4: "v",
        0x06AF: "g",
    ]
    static let vowels: [UInt32: String] = [
        0x064E: "a", 0x064F: "u", 0x0650: "i", 0x064B: "an", 0x064C: "un", 0x064D: "in", 0x0670: "ā",
    ]

    /// Romanises every Arabic word of `text`; other characters are kept.
    public static func romanize(_ text: String) -> String {
        let folded = Normalizer(.cleanup).key(text)
        var out = ""
        var word: [Unicode.Scalar] = []
        func flush() {
            if !word.isEmpty { out += romanizeWord(word) }
            word.removeAll()
        }
        for s in folded.unicodeScalars {
            if ArabicScalar.isWordInternal(s) {
                word.append(s)
            } else {
                flush()
                out.unicodeScalars.append(ArabicPunctuation.latin(s))
            }
        }
        flush()
        return out
    }

    static func romanizeWord(_ input: [Unicode.Scalar]) -> String {
        var w = input.map { s -> Unicode.Scalar in
            switch s.value {
            case 0x06CC: return "\u{064A}"
            case 0x06A9: return "\u{0643}"
            case 0x0671: return "\u{0627}"
            default: return s
            }
        }
        var out = ""
        var prefix = ""
        if w.count > 3, w[0] == "\u{0627}", w[1] == "\u{0644}" {
            prefix = "al-"
            w.removeFirst(2)
        }
        func isVowelMark(_ i: Int) -> Bool { i < w.count && vowels[w[i].value] != nil }
        /// Shadda among the marks after letter i (it may follow the vowel in NFC).
        func hasShadda(after i: Int) -> Bool {
            var j = i + 1
            while j < w.count, ArabicScalar.isDiacritic(w[j]) {
                if w[j] == "\u{0651}" { return true }
                j += 1
            }
            return false
        }
        for i in w.indices {
            let v = w[i].value
            switch v {
            case 0x0627:  // alif
                out += i == 0 ? (isVowelMark(i + 1) ? "" : "a") : "ā"
            case 0x0622: out += i == 0 ? "ā" : "ʼā"
            case 0x0623 where i == 0: out += isVowelMark(i + 1) ? "" : "a"
            case 0x0625 where i == 0: out += isVowelMark(i + 1) ? "" : "i"
            case 0x0649: out += "á"
            case 0x0629:  // tāʼ marbūṭah: "ah", or "h" after a written fatha
                var j = i - 1
                while j > 0, w[j] == "\u{0651}" { j -= 1 }
                out += (j >= 0 && w[j] == "\u{064E}") ? "h" : "ah"
            case 0x0648, 0x064A:
                let long = v == 0x0648 ? "ū" : "ī", cons = v == 0x0648 ? "w" : "y"
                if hasShadda(after: i) {
                    out += cons + cons
                } else if i > 0, !isVowelMark(i + 1), w[i - 1] != "\u{064E}", consonants[w[i - 1].value] != nil || w[i - 1] == "\u{064F}" || w[i - 1] == "\u{0650}" {
                    out += long
                } else {
                    out += cons
                }
            case 0x0651: break  // shadda: the consonant was already doubled
            case 0x0652, 0x0640: break
            default:
                if let c = consonants[v] {
                    out += hasShadda(after: i) ? c + c : c
                } else if let vowel = vowels[v] {
                    out += vowel
                } else {
                    out.unicodeScalars.append(w[i])
                }
            }
        }
        return prefix + capitalizedFirstLetter(out)
    }

    /// Upper-cases the first Latin letter (after ʻ or ʼ).
    static func capitalizedFirstLetter(_ s: String) -> String {
        var done = false
        var out = ""
        for ch in s {
            if !done, ch.isLetter, ch != "ʻ", ch != "ʼ" {
                out += ch.uppercased()
                done = true
            } else {
                out.append(ch)
            }
        }
        return out
    }
}

/// Arabic punctuation and digits in Latin text.
enum ArabicPunctuation {
    static func latin(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x060C: return ","
        case 0x061B: return ";"
        case 0x061F: return "?"
        case 0x066A: return "%"
        case 0x06D4: return "."
        case 0x00AB, 0x00BB: return "\""
        default:
            if let d = ArabicScalar.digitValue(s), let ascii = Unicode.Scalar(UInt32(0x30 + d)) { return ascii }
            return s
        }
    }
}
