import GRDB
import QamusCore

extension GlossaryStore {
    /// The entries a text made of `words` could match: those with an Arabic form
    /// whose first word's key is one of `TermIndex.firstKeys(couldMatch:)`. Building
    /// a `TermIndex` from these finds the same matches as from `allEntries()`, and
    /// for a short text it loads a few rows instead of the whole glossary.
    public func entries(couldMatch words: some Sequence<String>) throws -> [GlossaryEntry] {
        let keys = Array(TermIndex.firstKeys(couldMatch: words))
        if keys.isEmpty { return [] }
        let ids = try read { db in
            var ids = Set<Int64>()
            for start in stride(from: 0, to: keys.count, by: 500) {
                let chunk = Array(keys[start..<min(start + 500, keys.count)])
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                ids.formUnion(try Int64.fetchAll(db, sql: """
                    SELECT DISTINCT entry_id FROM form
                    WHERE language = 'ar' AND \(GlossarySchema.firstWordKeySQL) IN (\(marks))
                    """, arguments: StatementArguments(chunk)))
            }
            return ids
        }
        return try entries(ids: ids.sorted())
    }
}

extension GlossaryStore {
    /// Every entry with just what matching and drafting read — id, Arabic forms,
    /// English, type, domain — without notes, English variants or timestamps.
    /// Several times faster than `allEntries()` for a large glossary; `termIndex()`
    /// streams the same rows into a compact index without building these values.
    public func entriesForMatching() throws -> [GlossaryEntry] {
        try read { db in
            var entries: [GlossaryEntry] = []
            var position: [Int64: Int] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, arabic, english, type, domain FROM entry ORDER BY id")
            while let row = try rows.next() {
                let id: Int64 = row[0]
                let domain: String = row[4]
                position[id] = entries.count
                entries.append(GlossaryEntry(id: id, arabic: row[1], english: row[2], type: row[3],
                                             domain: domain.isEmpty ? nil : domain))
            }
            let variants = try Row.fetchCursor(db, sql: "SELECT entry_id, text FROM form WHERE language = 'ar' AND position > 0 ORDER BY entry_id, position")
            while let row = try variants.next() {
                if let i = position[row[0]] { entries[i].arabicVariants.append(row[1]) }
            }
            return entries
        }
    }
}
