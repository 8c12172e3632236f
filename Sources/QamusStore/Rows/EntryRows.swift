import Foundation
import GRDB
import QamusCore

/// Reads and writes entries as rows of `entry`, `form` and `entry_search`.
enum EntryRows {
    static let entryColumns = "id, arabic, english, type, domain, note, source, status, created_at, updated_at"

    /// An entry from an `entry` row, without its variant forms.
    static func entry(_ row: Row) -> GlossaryEntry {
        let domain: String = row["domain"]
        return GlossaryEntry(
            id: row["id"], arabic: row["arabic"], english: row["english"], type: row["type"],
            domain: domain.isEmpty ? nil : domain, note: row["note"], source: row["source"],
            status: EntryStatus(rawValue: row["status"]) ?? .approved,
            createdAt: GlossaryDate.parse(row["created_at"]), updatedAt: GlossaryDate.parse(row["updated_at"]))
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

    /// Inserts `e` (cleaned) and returns it with its id and timestamps.
    static func insert(_ db: Database, _ e: GlossaryEntry) throws -> GlossaryEntry {
        var e = e
        let now = GlossaryDate.now()
        e.createdAt = e.createdAt ?? now
        e.updatedAt = e.updatedAt ?? e.createdAt
        let statement = try db.cachedStatement(sql: """
            INSERT INTO entry (arabic, arabic_key, english, english_key, type, domain, note, source, status, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: arguments(e))
        e.id = db.lastInsertedRowID
        try insertForms(db, e)
        return e
    }

    /// Replaces the stored row `e.id` with `e` (cleaned), keeping its creation time unless `e` has one.
    static func update(_ db: Database, _ e: GlossaryEntry, touch: Bool = true) throws -> GlossaryEntry {
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
        var args = arguments(e)
        args += [id]
        try statement.execute(arguments: args)
        guard db.changesCount > 0 else { throw StoreError.notFound(id: id) }
        try deleteForms(db, id: id)
        try insertForms(db, e)
        return e
    }

    static func delete(_ db: Database, id: Int64) throws {
        try deleteForms(db, id: id)
        try db.execute(sql: "DELETE FROM entry WHERE id = ?", arguments: [id])
        guard db.changesCount > 0 else { throw StoreError.notFound(id: id) }
    }

    private static func arguments(_ e: GlossaryEntry) -> StatementArguments {
        [e.arabic, SearchKeys.key(e.arabic), e.english, SearchKeys.key(e.english), e.type, e.domain ?? "",
         e.note, e.source, e.status.rawValue,
         GlossaryDate.format(e.createdAt ?? GlossaryDate.now()), GlossaryDate.format(e.updatedAt ?? GlossaryDate.now())]
    }

    private static func deleteForms(_ db: Database, id: Int64) throws {
        try db.cachedStatement(sql: "DELETE FROM form WHERE entry_id = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM entry_search WHERE rowid = ?").execute(arguments: [id])
    }

    private static func insertForms(_ db: Database, _ e: GlossaryEntry) throws {
        guard let id = e.id else { return }
        let statement = try db.cachedStatement(sql: """
            INSERT INTO form (entry_id, language, status, position, text, key, bare_key) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, text) in e.arabicForms.enumerated() {
            let key = SearchKeys.key(text)
            try statement.execute(arguments: [id, "ar", position == 0 ? "preferred" : "admitted", position, text, key, SearchKeys.bare(key)])
        }
        var englishKeys: [String] = []
        let english = e.englishForms.map { ($0, $0 == e.english ? "preferred" : "admitted") } + e.deprecated.map { ($0, "deprecated") }
        for (position, (text, status)) in english.enumerated() {
            let key = SearchKeys.key(text)
            englishKeys.append(key)
            try statement.execute(arguments: [id, "en", position == 0 ? "preferred" : status, position, text, key, key])
        }
        try db.cachedStatement(sql: "INSERT INTO entry_search (rowid, english) VALUES (?, ?)")
            .execute(arguments: [id, englishKeys.joined(separator: " | ")])
    }
}

extension GlossaryEntry {
    /// The entry as the store keeps it: trimmed texts, lower-case type, empty optionals
    /// as nil, variants without repeats or copies of the preferred form.
    func cleaned() -> GlossaryEntry {
        var e = self
        e.arabic = arabic.trimmingCharacters(in: .whitespacesAndNewlines)
        e.english = english.trimmingCharacters(in: .whitespacesAndNewlines)
        e.type = GlossaryEntryValidator.normalizedType(type) ?? type
        func clean(_ list: [String], excluding: [String]) -> [String] {
            var seen = Set(excluding), out: [String] = []
            for item in list {
                let t = item.trimmingCharacters(in: .whitespacesAndNewlines)
                if !t.isEmpty, seen.insert(t).inserted { out.append(t) }
            }
            return out
        }
        e.arabicVariants = clean(arabicVariants, excluding: [e.arabic])
        e.variants = clean(variants, excluding: [e.english])
        e.deprecated = clean(deprecated, excluding: [e.english] + e.variants)
        func optional(_ s: String?) -> String? {
            guard let t = s?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
            return t
        }
        e.domain = optional(domain)
        e.note = optional(note)
        e.source = optional(source)
        return e
    }
}
