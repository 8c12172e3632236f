/// A line split at whitespace into pieces, each with its punctuation peeled off,
/// so that names written between commas or quotes stay names (بوتين، → "Putin,").
struct LinePieces {
    struct Item {
        /// Punctuation before the word, already in Latin form.
        var leading: String
        /// The word itself.
        var core: String
        /// Punctuation after the word, already in Latin form.
        var trailing: String
        /// The core is Arabic letters (with marks) only.
        var isArabicWord: Bool

        /// Renders a mixed piece (digits, Latin, symbols around Arabic runs):
        /// Arabic runs through `word`, the rest kept, Arabic punctuation and digits in Latin form.
        func render(_ word: (String) -> String) -> String {
            var out = leading
            var arabic = String.UnicodeScalarView()
            for s in core.unicodeScalars {
                if ArabicScalar.isWordInternal(s) {
                    arabic.append(s)
                    continue
                }
                if !arabic.isEmpty {
                    out += word(String(arabic))
                    arabic = String.UnicodeScalarView()
                }
                out.unicodeScalars.append(ArabicPunctuation.latin(s))
            }
            if !arabic.isEmpty { out += word(String(arabic)) }
            return out + trailing
        }
    }

    private(set) var items: [Item] = []
    private(set) var hasArabic = false

    init(_ line: String) {
        var scalars: [Unicode.Scalar] = []
        for s in line.unicodeScalars {
            if Self.isSpace(s) {
                if !scalars.isEmpty { add(scalars) }
                scalars.removeAll(keepingCapacity: true)
            } else {
                scalars.append(s)
            }
        }
        if !scalars.isEmpty { add(scalars) }
    }

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return s.properties.isWhitespace
    }

    private mutating func add(_ scalars: [Unicode.Scalar]) {
        var start = 0, end = scalars.count
        while start < end, Self.isPunctuation(scalars[start]) { start += 1 }
        while end > start, Self.isPunctuation(scalars[end - 1]) { end -= 1 }
        let core = scalars[start..<end]
        let hasLetter = core.contains(where: ArabicScalar.isLetter)
        let isArabic = hasLetter && core.allSatisfy(ArabicScalar.isWordInternal)
        if hasLetter { hasArabic = true }
        items.append(Item(leading: Self.latin(scalars[0..<start]), core: String(scalars: core),
                          trailing: Self.latin(scalars[end...]), isArabicWord: isArabic))
    }

    /// Every piece is a bare Arabic word (no punctuation, digits or Latin).
    var isOnlyArabicWords: Bool {
        items.allSatisfy { $0.isArabicWord && $0.leading.isEmpty && $0.trailing.isEmpty }
    }

    /// The pieces joined by single spaces, unchanged but for Arabic punctuation and digits.
    var plain: String {
        items.map { $0.render { $0 } }.joined(separator: " ")
    }

    private static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E, 0x060C, 0x061B, 0x061F, 0x066A, 0x06D4,
             0xAB, 0xBB, 0x2010...0x2027:
            return true
        default:
            return false
        }
    }

    private static func latin(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var v = String.UnicodeScalarView()
        for s in scalars { v.append(ArabicPunctuation.latin(s)) }
        return String(v)
    }
}
