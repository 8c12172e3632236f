/// Joins English pieces into a line with English spacing: no space before
/// closing marks, none after opening ones (the `names` draft style).
public struct EnglishLineJoiner: Sendable {
    public init() {}

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
