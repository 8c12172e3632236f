/// Joins glossed pieces into an English line with English punctuation spacing.
///
/// ["he", "said", ",", "\"", "yes", "\""] → `He said, "yes"`.
enum EnglishLine {
    static func join(_ pieces: [GlossPiece], mark: Bool) -> String {
        var out = ""
        out.reserveCapacity(pieces.count * 8)
        var glueNext = true
        var quoteOpen = false
        var capitalizeNext = false
        for p in pieces {
            if p.role == .punctuation {
                let s = p.core
                let attachLeft: Bool
                let attachRight: Bool
                switch s {
                case "\"":
                    attachLeft = quoteOpen
                    attachRight = !quoteOpen
                    quoteOpen.toggle()
                case "(", "[", "{", "“", "‘", "«": attachLeft = false; attachRight = true
                case "-", "–", "—", "/": attachLeft = false; attachRight = false
                default: attachLeft = true; attachRight = false
                }
                if !attachLeft && !glueNext && !out.isEmpty { out += " " }
                out += s
                glueNext = attachRight
                if s == "." || s == "?" || s == "!" { capitalizeNext = true }
                continue
            }
            if p.isEmpty { continue }
            if !glueNext && !out.isEmpty { out += " " }
            let start = out.endIndex
            p.appendEnglish(to: &out, marks: mark && p.origin == .model ? Glosser.transliterationMarks : nil)
            if capitalizeNext {
                capitalizeNext = false
                // A new sentence inside the line ("… Moscow. And the report …").
                if let i = out[start...].firstIndex(where: { $0.isLetter }), out[i].isLowercase {
                    out.replaceSubrange(i...i, with: out[i].uppercased())
                }
            }
            glueNext = false
        }
        return capitalizeFirst(out)
    }

    static func capitalizeFirst(_ s: String) -> String {
        guard let i = s.firstIndex(where: { $0.isLetter }), s[i].isLowercase else { return s }
        return String(s[..<i]) + s[i].uppercased() + s[s.index(after: i)...]
    }

    /// Arabic punctuation in its English form: ، → , ؛ → ; ؟ → ? « » → " ".
    static func punctuation(_ s: String) -> String {
        switch s {
        case "،": return ","
        case "؛": return ";"
        case "؟": return "?"
        case "«", "»", "“", "”": return "\""
        case "٪": return "%"
        default: return s
        }
    }

    /// A number with Arabic-Indic digits and separators in ASCII: ١٬٣٠٠ → 1,300; a decimal
    /// comma (103,7 — not a thousands group of three digits) becomes a point: 103.7.
    static func asciiDigits(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars)
        if let comma = scalars.firstIndex(where: { $0 == "," || $0 == "\u{060C}" }), scalars.filter({ $0 == "," || $0 == "\u{060C}" }).count == 1,
           scalars.count - comma - 1 != 3, scalars[(comma + 1)...].allSatisfy({ ArabicScalar.isDigit($0) }) {
            var fixed = scalars
            fixed[comma] = "."
            return asciiDigits(String(scalars: fixed))
        }
        for u in s.unicodeScalars {
            if let d = ArabicScalar.digitValue(u) { out.append(Unicode.Scalar(UInt8(48 + d))) }
            else if u == "\u{066B}" { out.append(".") }
            else if u == "\u{066C}" { out.append(",") }
            else { out.append(u) }
        }
        return String(out)
    }
}
