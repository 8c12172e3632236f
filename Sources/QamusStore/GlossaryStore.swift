import Foundation
import GRDB
import QamusCore

/// The SQLite glossary (GRDB over the system SQLite).
///
/// Opened in WAL mode with a busy timeout, so several `qamus` processes may add
/// entries at once; every write is one `BEGIN IMMEDIATE` transaction.
///
/// ```swift
/// let store = try GlossaryStore(path: ":memory:")
/// try store.add(GlossaryEntry(arabic: "بوتين", english: "Putin", type: "person"))
/// try store.search("وبوتين")   // finds بوتين ("and Putin")
/// ```
public final class GlossaryStore: @unchecked Sendable {
    let queue: DatabaseQueue
    /// The database file (":memory:" for an in-memory one).
    public let path: String

    /// Opens (creating if needed) the database at `path` (":memory:" for an in-memory one).
    /// An existing file that is not a Qamus database is refused and left untouched.
    public convenience init(path: String) throws {
        try self.init(path: path, seed: false)
    }

    init(path: String, seed: Bool, migrateUpTo: Int? = nil) throws {
        self.path = path
        let inMemory = path == ":memory:" || path.isEmpty
        if !inMemory { try DatabaseFileGuard.check(path) }
        var config = Configuration()
        config.busyMode = .timeout(30)
        // Forms are deleted with their entry by EntryRows; enforcing the foreign key on every
        // insert cost a statement journal per row (a fifth of a bulk import). `doctor` checks it.
        config.foreignKeysEnabled = false
        do {
            queue = inMemory ? try DatabaseQueue(configuration: config) : try DatabaseQueue(path: path, configuration: config)
            if !inMemory {
                try queue.writeWithoutTransaction { db in
                    try WALSwitch.ensure(db, timeout: 30)
                    try db.execute(sql: "PRAGMA synchronous = NORMAL")
                    // Up to 32 MB of page cache (allocated only as used): a bulk import touches index
                    // pages in random key order, and re-reading them from the WAL made it superlinear.
                    try db.execute(sql: "PRAGMA cache_size = -32768")
                    try db.execute(sql: "PRAGMA temp_store = MEMORY")
                }
            }
            try queue.inTransaction(.immediate) { db in
                try GlossarySchema.migrator.migrate(db, path: path, upTo: migrateUpTo)
                if seed, migrateUpTo == nil, try String.fetchOne(db, sql: "SELECT value FROM qamus_meta WHERE key = 'seeded'") == nil {
                    for glossary in SeedGlossaries.all {
                        let document = try glossary.document()
                        _ = try GlossaryImporter(policy: .skip).run(db, document: document)
                    }
                    try db.execute(sql: "INSERT INTO qamus_meta (key, value) VALUES ('seeded', ?)", arguments: [GlossaryDateText.now()])
                }
                return .commit
            }
        } catch let error as DatabaseError {
            throw StoreError.database(Self.describe(error, path: path))
        }
    }

    /// Opens the database a `DatabaseLocation` names. The default one (and its directory)
    /// is created on first use and seeded from the glossaries embedded in the binary;
    /// one named by `--db` or `QAMUS_DB` that does not exist yet is created empty.
    public static func open(_ location: DatabaseLocation) throws -> GlossaryStore {
        if location.isDefault {
            let directory = (location.path as NSString).deletingLastPathComponent
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw StoreError.cannotCreateDirectory(path: directory, reason: error.localizedDescription)
            }
        }
        return try GlossaryStore(path: location.path, seed: location.isDefault)
    }

    // MARK: - Reading

    /// Every entry, for building a `TermIndex`, ordered by id.
    public func allEntries() throws -> [GlossaryEntry] {
        try read { db in try EntryRows.fetch(db, sql: "SELECT \(EntryRows.entryColumns) FROM entry ORDER BY id") }
    }

    /// The entry with this id.
    public func entry(id: Int64) throws -> GlossaryEntry {
        let found = try read { db in
            try EntryRows.fetch(db, sql: "SELECT \(EntryRows.entryColumns) FROM entry WHERE id = ?", arguments: [id])
        }
        guard let entry = found.first else { throw StoreError.notFound(id: id) }
        return entry
    }

    /// Entries whose preferred or variant Arabic form has the same matching key as `arabic`
    /// (إيران finds ايران), e.g. to pick one entry among homographs.
    public func entries(arabic: String) throws -> [GlossaryEntry] {
        let key = SearchKeys.key(arabic)
        return try read { db in
            try EntryRows.fetch(db, sql: """
                SELECT \(EntryRows.entryColumns) FROM entry WHERE id IN
                    (SELECT entry_id FROM form WHERE language = 'ar' AND key = ?) ORDER BY id
                """, arguments: [key])
        }
    }

    /// Entries matching `filter`, ordered by id.
    public func entries(_ filter: EntryFilter) throws -> [GlossaryEntry] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let type = filter.type { conditions.append("type = ?"); arguments += [type.lowercased()] }
        if let domain = filter.domain { conditions.append("domain = ?"); arguments += [domain] }
        if let status = filter.status { conditions.append("status = ?"); arguments += [status.rawValue] }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let limit = filter.limit.map { " LIMIT \(max(0, $0))" } ?? ""
        return try read { db in
            try EntryRows.fetch(db, sql: "SELECT \(EntryRows.entryColumns) FROM entry\(whereClause) ORDER BY id\(limit)", arguments: arguments)
        }
    }

    /// The number of entries.
    public func count() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM entry") ?? 0 }
    }

    // MARK: - Writing

    /// Stores a new entry and returns it with its id and timestamps.
    /// Throws `StoreError.duplicate` if an entry with the same Arabic key, type and domain exists.
    @discardableResult
    public func add(_ entry: GlossaryEntry) throws -> GlossaryEntry {
        let entry = try Self.validated(entry)
        return try write { db in
            var new = entry
            new.id = nil
            if let stored = try EntryRows.insert(db, new) { return stored }
            guard let existing = try EntryRows.existing(db, identityOf: entry) else {
                throw StoreError.database("'\(entry.arabic)' could not be stored")
            }
            throw StoreError.duplicate(new: entry, existing: existing)
        }
    }

    /// Replaces the stored entry `entry.id` with `entry` and sets its update time.
    @discardableResult
    public func update(_ entry: GlossaryEntry) throws -> GlossaryEntry {
        let entry = try Self.validated(entry)
        guard let id = entry.id else { throw StoreError.invalid("an entry to update needs an id") }
        return try write { db in
            if let existing = try EntryRows.existing(db, identityOf: entry), existing.id != id {
                throw StoreError.duplicate(new: entry, existing: existing)
            }
            var changed = entry
            changed.createdAt = nil
            return try EntryRows.update(db, changed)
        }
    }

    /// Removes the entries with these ids (all or none) and returns them.
    @discardableResult
    public func remove(ids: [Int64]) throws -> [GlossaryEntry] {
        try write { db in
            var removed: [GlossaryEntry] = []
            for id in ids {
                let found = try EntryRows.fetch(db, sql: "SELECT \(EntryRows.entryColumns) FROM entry WHERE id = ?", arguments: [id])
                guard let entry = found.first else { throw StoreError.notFound(id: id) }
                try EntryRows.delete(db, id: id)
                removed.append(entry)
            }
            return removed
        }
    }

    /// Imports entries in one transaction: all of them or none.
    /// Clashes with stored entries (or earlier rows) follow `policy`.
    public func importEntries(_ document: GlossaryDocument, policy: DuplicatePolicy) throws -> ImportReport {
        try write { db in try GlossaryImporter(policy: policy).run(db, document: document) }
    }

    // MARK: - Plumbing

    static func validated(_ entry: GlossaryEntry) throws -> GlossaryEntry {
        let cleaned = entry.cleaned()
        if let problem = GlossaryEntryValidator.problem(with: cleaned) { throw StoreError.invalid(problem) }
        return cleaned
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.read(body) } catch let error as DatabaseError {
            throw StoreError.database(Self.describe(error, path: path))
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            var result: T?
            try queue.inTransaction(.immediate) { db in
                result = try body(db)
                return .commit
            }
            guard let result else { throw StoreError.database("a write produced no result") }
            return result
        } catch let error as DatabaseError {
            throw StoreError.database(Self.describe(error, path: path))
        }
    }

    static func describe(_ error: DatabaseError, path: String) -> String {
        let code = error.extendedResultCode.rawValue == error.resultCode.rawValue
            ? "code \(error.resultCode.rawValue)"
            : "code \(error.resultCode.rawValue), extended \(error.extendedResultCode.rawValue)"
        return "\(error.message ?? "SQLite error") (\(code)) in \(path)"
    }
}

/// Which entries `GlossaryStore.entries(_:)` returns; nil fields match everything.
public struct EntryFilter: Sendable, Equatable {
    public var type: String?
    public var domain: String?
    public var status: EntryStatus?
    public var limit: Int?

    public init(type: String? = nil, domain: String? = nil, status: EntryStatus? = nil, limit: Int? = nil) {
        self.type = type
        self.domain = domain
        self.status = status
        self.limit = limit
    }
}
