import GRDB
import GRDBSQLite
import QamusCore

extension GlossaryStore {
    /// The whole glossary compiled for matching, streamed from the `entry` and `form`
    /// rows into a `TermIndex.Builder`: no `GlossaryEntry` values, text read in place.
    /// Its entries have what drafting reads: id, Arabic forms, English, type, domain.
    public func termIndex() throws -> TermIndex {
        try read { db in try TermIndexLoader.load(db) }
    }
}

/// Reads the rows `TermIndex.Builder` needs with raw statement steps: two cursors
/// in id order (entries, and their Arabic variants), merged.
enum TermIndexLoader {
    static func load(_ db: Database) throws -> TermIndex {
        // The largest id bounds the count (ids are assigned in order) and costs no scan;
        // it only sizes the builder, so a sparse id range is capped.
        let expected = min(try Int.fetchOne(db, sql: "SELECT max(id) FROM entry") ?? 0, 4_000_000)
        var builder = TermIndex.Builder(expectedEntries: expected)
        let entries = try db.makeStatement(sql: "SELECT id, arabic, english, type, domain FROM entry ORDER BY id")
        let variants = try db.makeStatement(sql: """
            SELECT entry_id, text FROM form WHERE language = 'ar' AND position > 0 ORDER BY entry_id, position
            """)
        let e = entries.sqliteStatement, v = variants.sqliteStatement
        defer {
            sqlite3_reset(e)
            sqlite3_reset(v)
        }
        var variantID = try step(v, db) ? sqlite3_column_int64(v, 0) : Int64.max
        while try step(e, db) {
            let id = sqlite3_column_int64(e, 0)
            let domain = text(e, 4)
            builder.beginEntry(id: id, englishUTF8: bytes(e, 2), type: text(e, 3), domain: domain.isEmpty ? nil : domain)
            builder.addForm(utf8: bytes(e, 1))
            while variantID <= id {
                if variantID == id { builder.addForm(utf8: bytes(v, 1)) }
                variantID = try step(v, db) ? sqlite3_column_int64(v, 0) : Int64.max
            }
        }
        return builder.build()
    }

    /// Steps `statement`: true at a row, false at the end.
    private static func step(_ statement: SQLiteStatement, _ db: Database) throws -> Bool {
        let code = sqlite3_step(statement)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        throw StoreError.database("cannot read the glossary: \(String(cString: sqlite3_errmsg(db.sqliteConnection)))")
    }

    /// The UTF-8 bytes of text column `column`, valid until the next step.
    private static func bytes(_ statement: SQLiteStatement, _ column: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let text = sqlite3_column_text(statement, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, column)))
    }

    private static func text(_ statement: SQLiteStatement, _ column: Int32) -> String {
        String(decoding: bytes(statement, column), as: UTF8.self)
    }
}
