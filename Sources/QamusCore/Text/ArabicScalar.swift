/// Character classes of the Arabic script used across the pipeline.
///
/// All tests are on `Unicode.Scalar` values, never `Character`, so they are
/// cheap enough for the hot path.
public enum ArabicScalar {
    /// Harakat, tanwin, shadda, sukun, superscript (dagger) alef and Quranic
    /// annotation marks: marks that never change which word is meant.
    public static func isDiacritic(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4,
             0x06E7, 0x06E8, 0x06EA...0x06ED, 0x08D3...0x08E1, 0x08E3...0x08FF:
            return true
        default:
            return false
        }
    }

    /// Unicode whitespace, with fast answers for ASCII and the Arabic blocks (hot path).
    @inline(__always)
    public static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v >= 0x0600 && v < 0x1680 { return false }
        if v >= 0xFB50 && v <= 0xFEFE { return false }
        return s.properties.isWhitespace
    }

    /// ـ (tatweel, U+0640), the elongation stroke.
    public static let tatweel: Unicode.Scalar = "\u{0640}"

    /// Zero-width characters and bidirectional controls that are invisible in
    /// text pasted from the web or PDFs.
    public static func isFormatControl(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00AD, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064,
             0x2066...0x2069, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// A letter of the Arabic script (basic block, supplements, presentation forms),
    /// excluding digits, punctuation and marks.
    public static func isLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0621...0x063F, 0x0641...0x064A, 0x066E, 0x066F, 0x0671...0x06D3, 0x06D5,
             0x06EE, 0x06EF, 0x06FA...0x06FC, 0x06FF, 0x0750...0x077F, 0x08A0...0x08C9:
            return true
        case 0xFB50...0xFDFF:
            return !(0xFD3E...0xFD3F).contains(s.value)
        case 0xFE70...0xFEFC:
            return true
        default:
            return false
        }
    }

    /// A scalar that may appear inside an Arabic word: a letter, a diacritic,
    /// tatweel, or an invisible joiner.
    public static func isWordInternal(_ s: Unicode.Scalar) -> Bool {
        isLetter(s) || isDiacritic(s) || s == tatweel || s.value == 0x200C || s.value == 0x200D
    }

    /// Arabic-Indic (٠-٩) or Persian (۰-۹) digit value, if `s` is one.
    public static func digitValue(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x0660...0x0669: return Int(s.value - 0x0660)
        case 0x06F0...0x06F9: return Int(s.value - 0x06F0)
        case 0x0030...0x0039: return Int(s.value - 0x0030)
        default: return nil
        }
    }

    /// Any decimal digit: ASCII, Arabic-Indic or Persian.
    public static func isDigit(_ s: Unicode.Scalar) -> Bool { digitValue(s) != nil }

    /// Whether `s` is in a block of Arabic script at all (letters, marks, digits, punctuation).
    public static func isArabicScript(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
            return true
        default:
            return false
        }
    }

    /// A Latin letter (ASCII or Latin-1/Extended with diacritics).
    public static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF:
            return true
        default:
            return false
        }
    }
}
