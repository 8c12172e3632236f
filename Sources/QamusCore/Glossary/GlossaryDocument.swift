/// The entries a glossary reader found, each with the line it starts on (for error reports).
public struct GlossaryDocument: Sendable {
    public var entries: [GlossaryEntry] = []
    /// `lines[i]` is the 1-based line where `entries[i]` starts.
    public var lines: [Int] = []

    public init() {}

    public init(entries: [GlossaryEntry], lines: [Int]? = nil) {
        self.entries = entries
        self.lines = lines ?? Array(1...max(entries.count, 1)).prefix(entries.count).map { $0 }
    }

    public mutating func append(_ entry: GlossaryEntry, line: Int) {
        entries.append(entry)
        lines.append(line)
    }
}
