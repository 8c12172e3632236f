/// Terminal-safe text: invisible and direction-changing characters made visible,
/// and display widths for aligning columns of mixed Arabic and Latin text.
enum EntryText {
    /// `text` with control, bidi and zero-width characters shown as `<U+202E>` (tab and
    /// line breaks as `\t`, `\n`), so a stored term cannot reorder or hide terminal output.
    static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        for s in text.unicodeScalars {
            switch s {
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default:
                if needsEscape(s) {
                    let hex = String(s.value, radix: 16, uppercase: true)
                    out += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
                } else {
                    out.unicodeScalars.append(s)
                }
            }
        }
        return out
    }

    /// Whether a scalar must not reach a terminal as is.
    static func needsEscape(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0..<0x20, 0x7F..<0xA0: return true
        case 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFEFF, 0xFFF9...0xFFFB: return true
        default: return s.properties.generalCategory == .format || s.properties.generalCategory == .unassigned
            && s.value >= 0xE0000
        }
    }

    /// Columns the text takes in a terminal: combining marks (harakat) take none,
    /// East Asian wide characters two.
    static func width(_ text: String) -> Int {
        var w = 0
        for s in text.unicodeScalars { w += width(s) }
        return w
    }

    static func width(_ s: Unicode.Scalar) -> Int {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default: return 1
        }
    }

    /// `text` cut to at most `maximum` columns, ending in … when cut.
    static func truncated(_ text: String, to maximum: Int) -> String {
        guard width(text) > maximum else { return text }
        var out = String.UnicodeScalarView()
        var w = 0
        for s in text.unicodeScalars {
            let sw = width(s)
            if w + sw > maximum - 1 { break }
            out.append(s)
            w += sw
        }
        return String(out) + "…"
    }

    /// Whether the text contains a right-to-left letter (Arabic, Hebrew, Syriac, Thaana, N'Ko).
    static func hasRTL(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0590...0x08FF).contains($0.value) || (0xFB1D...0xFDFF).contains($0.value) || (0xFE70...0xFEFF).contains($0.value) }
    }
}
