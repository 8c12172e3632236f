/// The rules every stored entry obeys, whatever it came from (the CLI, a file).
public enum GlossaryEntryValidator {
    /// The longest term or note accepted, in Unicode scalars (a pasted paragraph fits; a whole file does not).
    public static let maximumLength = 65_536

    /// What is wrong with `entry`, or nil if it may be stored.
    public static func problem(with entry: GlossaryEntry) -> String? {
        if entry.arabic.trimmingWhitespace().isEmpty { return "the Arabic term is empty" }
        if entry.english.trimmingWhitespace().isEmpty { return "the English rendering of '\(preview(entry.arabic))' is empty" }
        if Normalizer.matching.key(entry.arabic).isEmpty {
            return "the Arabic term '\(preview(entry.arabic))' has no letters or digits once normalised"
        }
        if normalizedType(entry.type) == nil { return "type '\(preview(entry.type))' must be one word of letters, digits, '-' or '_'" }
        for text in entry.arabicVariants + entry.variants + entry.deprecated { if let problem = problem(inText: text) { return problem } }
        for text in [entry.arabic, entry.english, entry.note, entry.domain, entry.source] {
            if let text, let problem = problem(inText: text) { return problem }
        }
        return nil
    }

    /// Length and control characters of one text, in one pass over its UTF-8 bytes.
    private static func problem(inText text: String) -> String? {
        let utf8 = text.utf8
        let bad: UInt32? = utf8.withContiguousStorageIfAvailable { bytes -> UInt32? in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D { return UInt32(b) }
                // U+FFFE and U+FFFF: EF BF BE, EF BF BF.
                if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE { return 0xFFFE + UInt32(bytes[i + 2] - 0xBE) }
                i += 1
            }
            return nil
        } ?? text.unicodeScalars.first(where: { ($0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r") || $0.value == 0xFFFE || $0.value == 0xFFFF })?.value
        if let bad {
            return "'\(preview(text))' contains the control character U+\(String(bad, radix: 16, uppercase: true)), which no glossary format can carry"
        }
        if utf8.count > maximumLength, text.unicodeScalars.count > maximumLength {
            return "a text of \(text.unicodeScalars.count) characters is longer than the \(maximumLength) allowed ('\(preview(text))…')"
        }
        return nil
    }

    /// The type in lower case if it is one word of letters, digits, `-` or `_`.
    public static func normalizedType(_ type: String) -> String? {
        if type.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D || $0 == 0x5F }), !type.isEmpty, type.utf8.count <= 64 { return type }
        let t = type.trimmingWhitespace().lowercased()
        guard !t.isEmpty, t.unicodeScalars.count <= 64,
              t.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "_" })
        else { return nil }
        return t
    }

    /// The first 40 characters of `text`, for messages.
    public static func preview(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(40))
    }
}
