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
