/// Joins English pieces into a line with English spacing and punctuation:
/// Arabic punctuation mapped (، → , ؟ → ? ؛ → ;), no space before closing marks,
/// none after opening ones.
public struct EnglishLineJoiner: Sendable {
    public init() {}

    /// English form of a punctuation token.
    public func punctuation(_ p: String) -> String {
        switch p {
        case "\u{060C}": return ","
        case "\u{061F}": return "?"
        case "\u{061B}": return ";"
        case "\u{066A}": return "%"
        case "\u{06D4}": return "."
        case "\u{00AB}": return "“"
        case "\u{00BB}": return "”"
        default: return p
        }
    }

    /// Joins `pieces` (already English) with spaces where English wants them.
    public func join(_ pieces: [String]) -> String {
        var out = ""
        var noSpaceNext = true
        var openDoubleQuote = false
        for piece in pieces where !piece.isEmpty {
            let isClosing = Self.closing.contains(piece)
            let isOpening = Self.opening.contains(piece)
            var attach = isClosing
            if piece == "\"" {
                // A straight quote: opening if the previous one was closed.
                attach = openDoubleQuote
                openDoubleQuote.toggle()
            }
            if !out.isEmpty, !noSpaceNext, !attach { out.append(" ") }
            out.append(piece)
            noSpaceNext = isOpening || (piece == "\"" && openDoubleQuote) || piece == "-" || piece == "/"
            if piece == "-" || piece == "/" {
                // Keep ranges and compounds tight: 1300-1500.
                if out.hasSuffix(" " + piece) { out.removeLast(piece.count + 1); out.append(piece) }
            }
        }
        return out
    }

    private static let closing: Set<String> = [".", ",", ";", ":", "?", "!", ")", "]", "}", "”", "’", "»", "…", "...", "%"]
    private static let opening: Set<String> = ["(", "[", "{", "“", "‘", "«"]
}
