import Foundation
import GRDB
import QamusCore

/// Reads and writes entries as rows of `entry`, `form` and `entry_search`.
enum EntryRows {
    /// `INSERT INTO form` statements for 0…16 rows.
    static let formInsertSQL: [String] = (0...16).map { rows in
        "INSERT INTO form (entry_id, language, status, position, text, key, bare_key) VALUES "
            + Array(repeating: "(?, ?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
    }

    static let entryColumns = "id, arabic, english, type, domain, note, source, status, created_at, updated_at"

    /// An entry from an `entry` row, without its variant forms.
    static func entry(_ row: Row) -> GlossaryEntry {
        // By position (see `entryColumns`): looking columns up by name was a third of loading 100,000 entries.
        let domain: String = row[4]
        return GlossaryEntry(
            id: row[0], arabic: row[1], english: row[2], type: row[3],
            domain: domain.isEmpty ? nil : domain, note: row[5], source: row[6],
            status: EntryStatus(rawValue: row[7]) ?? .approved,
            createdAt: GlossaryDate.parse(row[8]), updatedAt: GlossaryDate.parse(row[9]))
    }

    /// Fills in the variant forms of `entries` (which must have ids) from `form`.
    static func attachForms(_ db: Database, to entries: inout [GlossaryEntry]) throws {
        guard !entries.isEmpty else { return }
        var index: [Int64: Int] = [:]
        for (i, e) in entries.enumerated() { if let id = e.id { index[id] = i } }
        let sql: String
        if entries.count > 500 {
            sql = "SELECT entry_id, language, status, text FROM form WHERE position > 0 ORDER BY entry_id, language, position"
        } else {
            let ids = index.keys.map(String.init).joined(separator: ",")
            sql = "SELECT entry_id, language, status, text FROM form WHERE position > 0 AND entry_id IN (\(ids)) ORDER BY entry_id, language, position"
        }
        let rows = try Row.fetchCursor(db, sql: sql)
        while let row = try rows.next() {
            guard let i = index[row[0]] else { continue }
            let language: String = row[1], status: String = row[2], text: String = row[3]
            if language == "ar" { entries[i].arabicVariants.append(text) }
            else if status == "deprecated" { entries[i].deprecated.append(text) }
            else { entries[i].variants.append(text) }
        }
    }

    /// Entries from `sql` (selecting `entryColumns` from `entry`), with their forms.
    static func fetch(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [GlossaryEntry] {
        var entries = try Row.fetchAll(db, sql: sql, arguments: arguments).map(entry)
        try attachForms(db, to: &entries)
        return entries
    }

    /// The stored entry with the same identity (Arabic key, type, domain), if any.
    static func existing(_ db: Database, identityOf e: GlossaryEntry) throws -> GlossaryEntry? {
        let statement = try db.cachedStatement(sql: "SELECT \(entryColumns) FROM entry WHERE arabic_key = ? AND type = ? AND domain = ?")
        guard let row = try Row.fetchOne(statement, arguments: [SearchKeys.key(e.arabic), e.type, e.domain ?? ""]) else { return nil }
        var found = [entry(row)]
        try attachForms(db, to: &found)
        return found.first
    }

    /// Inserts `e` (cleaned) and returns it with its id and timestamps, or nil when an entry
    /// with the same identity (Arabic key, type, domain) is stored already. `arabicKey` may
    /// pass the key of `e.arabic` when the caller has computed it.
    static func insert(_ db: Database, _ e: GlossaryEntry, arabicKey: String? = nil, search: SearchIndexBatch? = nil) throws -> GlossaryEntry? {
        var e = e
        let now = GlossaryDate.now()
        e.createdAt = e.createdAt ?? now
        e.updatedAt = e.updatedAt ?? e.createdAt
        let key = arabicKey ?? SearchKeys.key(e.arabic)
        let statement = try db.cachedStatement(sql: """
            INSERT INTO entry (arabic, arabic_key, english, english_key, type, domain, note, source, status, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
            """)
        try FastBinder.run(statement, values(e, arabicKey: key))
        guard db.changesCount > 0 else { return nil }
        e.id = db.lastInsertedRowID
        try insertForms(db, e, arabicKey: key, search: search)
        return e
    }

    /// Replaces the stored row `e.id` with `e` (cleaned), keeping its creation time unless `e` has one.
    static func update(_ db: Database, _ e: GlossaryEntry, touch: Bool = true, search: SearchIndexBatch? = nil) throws -> GlossaryEntry {
        guard let id = e.id else { throw StoreError.invalid("an entry to update needs an id") }
        var e = e
        if e.createdAt == nil {
            e.createdAt = try String.fetchOne(db, sql: "SELECT created_at FROM entry WHERE id = ?", arguments: [id]).flatMap(GlossaryDate.parse)
        }
        if touch || e.updatedAt == nil { e.updatedAt = max(GlossaryDate.now(), e.createdAt ?? .distantPast) }
        let statement = try db.cachedStatement(sql: """
            UPDATE entry SET arabic = ?, arabic_key = ?, english = ?, english_key = ?, type = ?, domain = ?, note = ?,
                source = ?, status = ?, created_at = ?, updated_at = ? WHERE id = ?
            """)
        var args = arguments(e, arabicKey: SearchKeys.key(e.arabic))
        args += [id]
        try statement.execute(arguments: args)
        guard db.changesCount > 0 else { throw StoreError.notFound(id: id) }
        try deleteForms(db, id: id, search: search)
        try insertForms(db, e, search: search)
        return e
    }

    static func delete(_ db: Database, id: Int64) throws {
        try deleteForms(db, id: id)
        try db.execute(sql: "DELETE FROM entry WHERE id = ?", arguments: [id])
        guard db.changesCount > 0 else { throw StoreError.notFound(id: id) }
    }

    private static func values(_ e: GlossaryEntry, arabicKey: String) -> [FastBinder.Value] {
        [.text(e.arabic), .text(arabicKey), .text(e.english), .text(SearchKeys.key(e.english)), .text(e.type), .text(e.domain ?? ""),
         .optional(e.note), .optional(e.source), .text(e.status.rawValue),
         .text(GlossaryDate.format(e.createdAt ?? GlossaryDate.now())), .text(GlossaryDate.format(e.updatedAt ?? GlossaryDate.now()))]
    }

    private static func arguments(_ e: GlossaryEntry, arabicKey: String) -> StatementArguments {
        [e.arabic, arabicKey, e.english, SearchKeys.key(e.english), e.type, e.domain ?? "",
         e.note, e.source, e.status.rawValue,
         GlossaryDate.format(e.createdAt ?? GlossaryDate.now()), GlossaryDate.format(e.updatedAt ?? GlossaryDate.now())]
    }

    private static func deleteForms(_ db: Database, id: Int64, search: SearchIndexBatch? = nil) throws {
        try db.cachedStatement(sql: "DELETE FROM form WHERE entry_id = ?").execute(arguments: [id])
        if let search { search.remove(id); return }
        try db.cachedStatement(sql: "DELETE FROM entry_search WHERE rowid = ?").execute(arguments: [id])
    }

    private static func insertForms(_ db: Database, _ e: GlossaryEntry, arabicKey: String? = nil, search: SearchIndexBatch? = nil) throws {
        guard let id = e.id else { return }
        var values: [FastBinder.Value] = []
        values.reserveCapacity(7 * (e.arabicForms.count + e.englishForms.count + e.deprecated.count))
        for (position, text) in e.arabicForms.enumerated() {
            let key = position == 0 ? arabicKey ?? SearchKeys.key(text) : SearchKeys.key(text)
            values += [.int(id), .text("ar"), .text(position == 0 ? "preferred" : "admitted"), .int(Int64(position)), .text(text), .text(key), .text(SearchKeys.bare(key))]
        }
        var englishKeys: [String] = []
        let english = e.englishForms.enumerated().map { ($1, $0 == 0 ? "preferred" : "admitted") } + e.deprecated.map { ($0, "deprecated") }
        for (position, (text, status)) in english.enumerated() {
            let key = SearchKeys.key(text)
            englishKeys.append(key)
            values += [.int(id), .text("en"), .text(position == 0 ? "preferred" : status), .int(Int64(position)), .text(text), .text(key), .text(key)]
        }
        // One multi-row insert per entry; statements are cached per row count, in chunks of up to 16 rows.
        var offset = 0
        while offset < values.count {
            let rows = min(16, (values.count - offset) / 7)
            try FastBinder.run(try db.cachedStatement(sql: formInsertSQL[rows]), Array(values[offset..<(offset + rows * 7)]))
            offset += rows * 7
        }
        if let search { search.set(id, englishKeys.joined(separator: " | ")); return }
        try FastBinder.run(try db.cachedStatement(sql: "INSERT INTO entry_search (rowid, english) VALUES (?, ?)"),
                           [.int(id), .text(englishKeys.joined(separator: " | "))])
    }
}
