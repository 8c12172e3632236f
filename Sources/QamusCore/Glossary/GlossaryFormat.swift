/// The exchange formats `qamus glossary import` and `export` understand.
public enum GlossaryFormat: String, Sendable, CaseIterable {
    /// Tab-separated: a header naming columns, or OmegaT's headerless source, target, comment.
    case tsv
    /// Comma-separated (RFC 4180) with a header.
    case csv
    /// TermBase eXchange: TBX-Basic v3 written; v3 and v2 (`martif`) read.
    case tbx

    /// The format a file name's extension implies (`.tsv`, `.txt`, `.utf8`, `.tab` → TSV), if any.
    public init?(fileName: String) {
        let lower = fileName.lowercased()
        guard let dot = lower.lastIndex(of: "."), dot != lower.startIndex else { return nil }
        switch lower[lower.index(after: dot)...] {
        case "tsv", "tab", "txt", "utf8": self = .tsv
        case "csv": self = .csv
        case "tbx", "xml": self = .tbx
        default: return nil
        }
    }
}
