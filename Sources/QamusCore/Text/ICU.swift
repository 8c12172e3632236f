import CQamusICU

/// Swift face of the `CQamusICU` shim. Everything here works on UTF-16 buffers
/// at the boundary and returns Swift values.
public enum ICU {
    /// The linked ICU version, e.g. "72.1".
    public static var version: String { String(cString: qamus_icu_version()) }

    /// NFC/NFD/NFKC/NFKD of `text`; returns `text` unchanged if ICU reports an error.
    public static func normalize(_ text: String, form: qamus_icu_form) -> String {
        let source = Array(text.utf16)
        if source.isEmpty { return text }
        var capacity = source.count * 2 + 16
        for _ in 0..<3 {
            var out = [UInt16](repeating: 0, count: capacity)
            let written = qamus_icu_normalize(form, source, Int32(source.count), &out, Int32(capacity))
            if written < 0 { return text }
            if Int(written) <= capacity {
                return String(decoding: out[0..<Int(written)], as: UTF16.self)
            }
            capacity = Int(written)
        }
        return text
    }

    /// Sentence boundaries in UTF-16 offsets (not including 0, including the end).
    public static func sentenceBoundaries(utf16 text: [UInt16], locale: String = "ar") -> [Int] {
        if text.isEmpty { return [] }
        var out = [Int32](repeating: 0, count: text.count + 1)
        let n = qamus_icu_sentence_breaks(locale, text, Int32(text.count), &out, Int32(out.count))
        if n < 0 { return [text.count] }
        return out[0..<Int(n)].map(Int.init)
    }
}
