/// The `|`-separated lists of the TSV and CSV formats (`IRGC|Revolutionary Guards`).
/// A `|` or `\` inside an item is written `\|` or `\\`.
public enum GlossaryList {
    /// Splits a cell into trimmed, non-empty items.
    public static func split(_ cell: String) -> [String] {
        var items: [String] = []
        var current = String.UnicodeScalarView()
        var escaped = false
        for s in cell.unicodeScalars {
            if escaped {
                if s != "|" && s != "\\" { current.append("\\") }
                current.append(s)
                escaped = false
            } else if s == "\\" {
                escaped = true
            } else if s == "|" {
                items.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(s)
            }
        }
        if escaped { current.append("\\") }
        items.append(String(current))
        return items.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// Joins items, escaping `|` and `\` inside them.
    public static func join(_ items: [String]) -> String {
        items.map { item in
            guard item.unicodeScalars.contains(where: { $0 == "|" || $0 == "\\" }) else { return item }
            var out = String.UnicodeScalarView()
            for s in item.unicodeScalars {
                if s == "|" || s == "\\" { out.append("\\") }
                out.append(s)
            }
            return String(out)
        }.joined(separator: "|")
    }
}
