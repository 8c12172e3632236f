import GRDB
import QamusCore

/// The SQLite glossary. (Skeleton: the store issue fills this in; the API below is the contract.)
public final class GlossaryStore: @unchecked Sendable {
    let queue: DatabaseQueue

    /// Opens (creating if needed) the database at `path` (":memory:" for an in-memory one).
    public init(path: String) throws { queue = try DatabaseQueue(path: path) }

    /// Opens the database a `DatabaseLocation` names; the default one is created and seeded on first use.
    public static func open(_ location: DatabaseLocation) throws -> GlossaryStore {
        try GlossaryStore(path: location.path)
    }

    /// Every entry, for building a `TermIndex`.
    public func allEntries() throws -> [GlossaryEntry] { [] }
}

/// Which database to use: `--db PATH`, else `QAMUS_DB`, else the default under
/// `$XDG_DATA_HOME/qamus/glossary.sqlite` (or `~/.local/share/qamus/glossary.sqlite`).
public struct DatabaseLocation: Sendable, Equatable {
    /// The database file.
    public var path: String
    /// Whether this is the default database (the only one seeded from `Glossaries/`).
    public var isDefault: Bool

    public init(path: String, isDefault: Bool) {
        self.path = path
        self.isDefault = isDefault
    }

    /// Resolves `--db`, then `QAMUS_DB`, then the default path.
    public static func resolve(explicit: String?, environment: [String: String]) -> DatabaseLocation {
        if let explicit, !explicit.isEmpty { return DatabaseLocation(path: explicit, isDefault: false) }
        if let env = environment["QAMUS_DB"], !env.isEmpty { return DatabaseLocation(path: env, isDefault: false) }
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? ".") + "/.local/share")
        return DatabaseLocation(path: base + "/qamus/glossary.sqlite", isDefault: true)
    }
}
