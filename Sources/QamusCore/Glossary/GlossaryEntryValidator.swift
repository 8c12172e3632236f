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
        let texts = entry.arabicForms + entry.englishForms + entry.deprecated
            + [entry.note, entry.domain, entry.source].compactMap { $0 }
        for text in texts where text.unicodeScalars.count > maximumLength {
            return "a text of \(text.unicodeScalars.count) characters is longer than the \(maximumLength) allowed ('\(preview(text))…')"
        }
        for text in texts {
            if let bad = text.unicodeScalars.first(where: { ($0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r") || $0.value == 0xFFFE || $0.value == 0xFFFF }) {
                return "'\(preview(text))' contains the control character U+\(String(bad.value, radix: 16, uppercase: true)), which no glossary format can carry"
            }
        }
        return nil
    }

    /// The type in lower case if it is one word of letters, digits, `-` or `_`.
    public static func normalizedType(_ type: String) -> String? {
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
