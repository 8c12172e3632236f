import GRDB

/// Append-only, named schema migrations, applied in one `BEGIN IMMEDIATE`
/// transaction so that several processes opening a new database at once
/// neither race nor apply a migration twice.
///
/// Never edit or reorder a shipped migration: add a new one at the end.
struct SchemaMigrator: Sendable {
    struct Migration: Sendable {
        let name: String
        let apply: @Sendable (Database) throws -> Void
    }

    let migrations: [Migration]

    /// Names of the migrations already applied to `db`, in order.
    static func appliedNames(_ db: Database) throws -> [String] {
        guard try db.tableExists("qamus_migration") else { return [] }
        return try String.fetchAll(db, sql: "SELECT name FROM qamus_migration ORDER BY rowid")
    }

    /// Applies the missing migrations up to `count` (all by default) inside the current transaction.
    /// Throws `StoreError.newerSchema` when `db` knows migrations this build does not.
    func migrate(_ db: Database, path: String, upTo count: Int? = nil) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS qamus_migration (
                name TEXT PRIMARY KEY NOT NULL,
                applied_at TEXT NOT NULL)
            """)
        let applied = try Self.appliedNames(db)
        let known = Set(migrations.map(\.name))
        let unknown = applied.filter { !known.contains($0) }
        if !unknown.isEmpty { throw StoreError.newerSchema(path: path, unknown: unknown) }
        let done = Set(applied)
        for migration in migrations.prefix(count ?? migrations.count) where !done.contains(migration.name) {
            try migration.apply(db)
            try db.execute(sql: "INSERT INTO qamus_migration (name, applied_at) VALUES (?, ?)",
                           arguments: [migration.name, GlossaryDateText.now()])
        }
    }
}
