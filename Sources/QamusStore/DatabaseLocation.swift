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
