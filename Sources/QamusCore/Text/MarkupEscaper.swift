/// Escapes text for XML (TBX, XLIFF) and HTML: `&` `<` `>` always; `"` and `'` too,
/// and in attribute values line feeds and tabs as character references; a carriage
/// return as `&#13;` so it survives parsing; characters XML 1.0 cannot hold dropped.
public enum MarkupEscaper {
    /// `s` escaped as character data, or as an attribute value when `attribute` is true.
    public static func escape(_ s: String, attribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\r": out += "&#13;"
            case "\n" where attribute: out += "&#10;"
            case "\t" where attribute: out += "&#9;"
            default:
                let v = c.value
                if v < 0x20 && v != 0x9 && v != 0xA { continue }
                if v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
