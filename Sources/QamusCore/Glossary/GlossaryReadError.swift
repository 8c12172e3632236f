/// Why a glossary file cannot be read, and where: 1-based line and column
/// (in Unicode scalars), so the CLI can print `FILE:LINE:COLUMN: problem`.
public struct GlossaryReadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var problem: String

    public init(line: Int, column: Int, problem: String) {
        self.line = line
        self.column = column
        self.problem = problem
    }

    public var description: String { "line \(line), column \(column): \(problem)" }
}

/// Several problems found in one file; readers collect them all (up to a limit)
/// so a translator can fix a file in one pass.
public struct GlossaryReadErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [GlossaryReadError]
    public init(_ errors: [GlossaryReadError]) { self.errors = errors }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
