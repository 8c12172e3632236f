/// Writes a glossary in any `GlossaryFormat`, streaming: a header, one chunk per entry, a footer.
public struct GlossaryWriters: Sendable {
    public let format: GlossaryFormat

    public init(format: GlossaryFormat) { self.format = format }

    public func header() -> String {
        switch format {
        case .tsv: return TSVGlossaryWriter().header() + "\n"
        case .csv: return CSVGlossaryWriter().header() + "\r\n"
        case .tbx: return TBXGlossaryWriter().header()
        }
    }

    public func chunk(_ entry: GlossaryEntry, number: Int) -> String {
        switch format {
        case .tsv: return TSVGlossaryWriter().line(entry) + "\n"
        case .csv: return CSVGlossaryWriter().line(entry) + "\r\n"
        case .tbx: return TBXGlossaryWriter().concept(entry, number: number)
        }
    }

    public func footer() -> String { format == .tbx ? TBXGlossaryWriter().footer() : "" }

    public func write(_ entries: [GlossaryEntry]) -> String {
        var out = header()
        for (i, e) in entries.enumerated() { out += chunk(e, number: i + 1) }
        return out + footer()
    }
}
