/// Writes glossaries as TSV with a header of every `GlossaryField`, readable by
/// `TSVGlossaryReader` (and, for its first columns, by OmegaT and spreadsheets).
public struct TSVGlossaryWriter: Sendable {
    /// The columns written, in order.
    public var columns: [GlossaryField]

    public init(columns: [GlossaryField] = GlossaryField.exportOrder) { self.columns = columns }

    /// The header line, without a line break.
    public func header() -> String { columns.map(\.rawValue).joined(separator: "\t") }

    /// One entry's line, without a line break.
    public func line(_ entry: GlossaryEntry) -> String {
        columns.map { Self.escape(GlossaryCells.value(of: $0, in: entry)) }.joined(separator: "\t")
    }

    /// The whole file.
    public func write(_ entries: [GlossaryEntry]) -> String {
        var out = header() + "\n"
        for entry in entries { out += line(entry) + "\n" }
        return out
    }

    /// Escapes tab, line breaks and backslash so a cell stays on its line.
    public static func escape(_ cell: String) -> String {
        guard cell.unicodeScalars.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\\" }) else { return cell }
        var out = String.UnicodeScalarView()
        for s in cell.unicodeScalars {
            switch s {
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            default: out.append(s)
            }
        }
        return String(out)
    }
}

/// The text of one field of an entry, as the TSV and CSV formats write it.
public enum GlossaryCells {
    public static func value(of field: GlossaryField, in entry: GlossaryEntry) -> String {
        switch field {
        case .arabic: return entry.arabic
        case .english: return entry.english
        case .type: return entry.type
        case .note: return entry.note ?? ""
        case .variants: return GlossaryList.join(entry.variants)
        case .arabicVariants: return GlossaryList.join(entry.arabicVariants)
        case .deprecated: return GlossaryList.join(entry.deprecated)
        case .domain: return entry.domain ?? ""
        case .source: return entry.source ?? ""
        case .status: return entry.status.rawValue
        case .created: return entry.createdAt.map(GlossaryDate.format) ?? ""
        case .updated: return entry.updatedAt.map(GlossaryDate.format) ?? ""
        }
    }
}
