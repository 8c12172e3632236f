/// Writes glossaries as RFC 4180 CSV (CRLF line ends) with a header of every `GlossaryField`.
public struct CSVGlossaryWriter: Sendable {
    public var columns: [GlossaryField]

    public init(columns: [GlossaryField] = GlossaryField.exportOrder) { self.columns = columns }

    public func header() -> String { columns.map(\.rawValue).joined(separator: ",") }

    public func line(_ entry: GlossaryEntry) -> String {
        columns.map { Self.quote(GlossaryCells.value(of: $0, in: entry)) }.joined(separator: ",")
    }

    public func write(_ entries: [GlossaryEntry]) -> String {
        var out = header() + "\r\n"
        for entry in entries { out += line(entry) + "\r\n" }
        return out
    }

    /// The field quoted when it holds a comma, quote, line break or edge spaces.
    public static func quote(_ field: String) -> String {
        let needs = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || field.first?.isWhitespace == true || field.last?.isWhitespace == true
        guard needs else { return field }
        return "\"" + field.replacingQuotes() + "\""
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var out = String.UnicodeScalarView()
        for s in unicodeScalars {
            if s == "\"" { out.append("\"") }
            out.append(s)
        }
        return String(out)
    }
}
