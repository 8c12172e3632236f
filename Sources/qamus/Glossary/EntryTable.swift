import QamusCore

/// A plain-text table of entries whose columns stay aligned when Arabic and
/// Latin text mix: widths are counted in terminal columns (harakat take none),
/// each Arabic cell is a bidi isolate (FSI … PDI) padded outside the isolate, and
/// each line starts with a left-to-right mark so a bidi-aware terminal keeps the
/// columns in order. Control and bidi characters inside terms are shown escaped.
struct EntryTable {
    /// Widest a cell may be before it is cut with an ellipsis.
    var maximumCellWidth = 40

    struct Column: Sendable {
        let title: String
        let value: @Sendable (GlossaryEntry) -> String
    }

    static let columns: [Column] = [
        Column(title: "id") { "\($0.id ?? 0)" },
        Column(title: "arabic") { ([$0.arabic] + $0.arabicVariants).joined(separator: " | ") },
        Column(title: "english") { $0.english },
        Column(title: "type") { $0.type },
        Column(title: "domain") { $0.domain ?? "" },
        Column(title: "status") { $0.status.rawValue },
        Column(title: "variants") { ($0.variants + $0.deprecated.map { "✗" + $0 }).joined(separator: " | ") },
        Column(title: "note") { $0.note ?? "" },
    ]

    /// The table's lines.
    func render(_ entries: [GlossaryEntry]) -> [String] {
        let cells: [[String]] = entries.map { entry in
            Self.columns.map { EntryText.truncated(EntryText.safe($0.value(entry)), to: maximumCellWidth) }
        }
        // Drop columns that are empty in every row (domain, variants, note are often empty).
        let keep = Self.columns.indices.filter { c in c < 4 || cells.contains { !$0[c].isEmpty } }
        var widths = keep.map { EntryText.width(Self.columns[$0].title) }
        for row in cells {
            for (k, c) in keep.enumerated() { widths[k] = max(widths[k], EntryText.width(row[c])) }
        }
        var lines = [line(keep.map { Self.columns[$0].title }, widths: widths)]
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        for row in cells { lines.append(line(keep.map { row[$0] }, widths: widths)) }
        return lines
    }

    private func line(_ values: [String], widths: [Int]) -> String {
        var out = "\u{200E}"
        for (i, value) in values.enumerated() {
            let padding = String(repeating: " ", count: max(0, widths[i] - EntryText.width(value)))
            out += EntryText.hasRTL(value) ? "\u{2068}" + value + "\u{2069}" : value
            if i < values.count - 1 { out += padding + "  " }
        }
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }
}
