import GRDB
import QamusCore

/// One problem `qamus glossary doctor` found.
public struct DoctorFinding: Sendable, Equatable, CustomStringConvertible {
    /// Which check found it: integrity, foreign-keys, search-index, keys, forms.
    public var check: String
    public var message: String
    /// Whether `repairIndexes()` fixes it (stale keys or search index).
    public var repairable: Bool

    public var description: String { "\(check): \(message)" }
}

extension GlossaryStore {
    /// Runs SQLite's `integrity_check` and `foreign_key_check`, the FTS5 index's own
    /// check, and Qamus's: every entry has its preferred forms, and every stored key
    /// equals the key today's normaliser computes (a newer Qamus may normalise better).
    /// Returns no finding when all is well.
    public func doctor() throws -> [DoctorFinding] {
        var findings: [DoctorFinding] = []
        let integrity = try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        if integrity != ["ok"] {
            findings += integrity.map { DoctorFinding(check: "integrity", message: $0, repairable: false) }
            return findings
        }
        try read { db in
            let orphans = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            if !orphans.isEmpty {
                findings.append(DoctorFinding(check: "foreign-keys", message: "\(orphans.count) forms belong to no entry", repairable: true))
            }
            let missing = try Int64.fetchAll(db, sql: """
                SELECT id FROM entry e WHERE NOT EXISTS (SELECT 1 FROM form f WHERE f.entry_id = e.id AND f.language = 'ar' AND f.position = 0)
                    OR NOT EXISTS (SELECT 1 FROM form f WHERE f.entry_id = e.id AND f.language = 'en' AND f.position = 0)
                """)
            if !missing.isEmpty {
                findings.append(DoctorFinding(check: "forms", message: "entries without their preferred forms: #" + missing.prefix(20).map(String.init).joined(separator: ", #"), repairable: true))
            }
            var stale: [Int64] = []
            let cursor = try Row.fetchCursor(db, sql: "SELECT id, arabic, arabic_key, english, english_key FROM entry")
            while let row = try cursor.next() {
                if SearchKeys.key(row[1]) != row[2] as String || SearchKeys.key(row[3]) != row[4] as String { stale.append(row[0]) }
            }
            let staleForms = try Row.fetchAll(db, sql: "SELECT entry_id, text, key FROM form").filter { SearchKeys.key($0[1]) != $0[2] as String }
            if !stale.isEmpty || !staleForms.isEmpty {
                findings.append(DoctorFinding(check: "keys", message: "\(stale.count) entries and \(staleForms.count) forms have keys from an older normaliser; run `qamus glossary doctor --repair`", repairable: true))
            }
            let indexed = try Int.fetchOne(db, sql: "SELECT count(*) FROM entry_search") ?? 0
            let entries = try Int.fetchOne(db, sql: "SELECT count(*) FROM entry") ?? 0
            if indexed != entries {
                findings.append(DoctorFinding(check: "search-index", message: "the English search index has \(indexed) rows for \(entries) entries", repairable: true))
            }
        }
        do {
            try write { db in try db.execute(sql: "INSERT INTO entry_search (entry_search) VALUES ('integrity-check')") }
        } catch {
            findings.append(DoctorFinding(check: "search-index", message: "FTS5 integrity check failed: \(error)", repairable: true))
        }
        return findings
    }

    /// Recomputes every key and rebuilds the search index, in one transaction. Returns the entry count.
    @discardableResult
    public func repairIndexes() throws -> Int {
        try write { db in
            try db.execute(sql: "DELETE FROM form WHERE entry_id NOT IN (SELECT id FROM entry)")
            var entries = try Row.fetchAll(db, sql: "SELECT \(EntryRows.entryColumns) FROM entry ORDER BY id").map(EntryRows.entry)
            try EntryRows.attachForms(db, to: &entries)
            try db.execute(sql: "DELETE FROM entry_search")
            for entry in entries { _ = try EntryRows.update(db, entry, touch: false) }
            return entries.count
        }
    }
}
