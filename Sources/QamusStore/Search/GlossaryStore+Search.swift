import GRDB
import QamusCore

extension GlossaryStore {
    /// Entries matching `query`, best first.
    ///
    /// Arabic queries are normalised (إيران = ايران, diacritics and tatweel ignored) and
    /// clitic-tolerant: وبوتين ("and Putin") finds بوتين, للحرس finds الحرس, كرملين finds
    /// الكرملين; a query is also a prefix (بوت finds بوتين). Exact keys rank first.
    /// English queries are case- and accent-insensitive word prefixes over every
    /// rendering, variants and deprecated ones included (`rev guard` finds
    /// "Revolutionary Guard Corps"), through FTS5.
    public func search(_ query: String, filter: EntryFilter = EntryFilter(), limit: Int = 20) throws -> [GlossaryEntry] {
        let ranked: [Int64] = try read { db in
            SearchKeys.isArabic(query) ? try arabicMatches(db, query, limit: limit * 4 + 50) : try englishMatches(db, query, limit: limit * 4 + 50)
        }
        guard !ranked.isEmpty else { return [] }
        var conditions = ["id IN (\(ranked.map(String.init).joined(separator: ",")))"]
        var arguments: StatementArguments = []
        if let type = filter.type { conditions.append("type = ?"); arguments += [type.lowercased()] }
        if let domain = filter.domain { conditions.append("domain = ?"); arguments += [domain] }
        if let status = filter.status { conditions.append("status = ?"); arguments += [status.rawValue] }
        let found = try read { db in
            try EntryRows.fetch(db, sql: "SELECT \(EntryRows.entryColumns) FROM entry WHERE " + conditions.joined(separator: " AND "), arguments: arguments)
        }
        var order: [Int64: Int] = [:]
        for (i, id) in ranked.enumerated() where order[id] == nil { order[id] = i }
        return Array(found.sorted { (order[$0.id ?? 0] ?? .max) < (order[$1.id ?? 0] ?? .max) }.prefix(max(0, limit)))
    }

    private func arabicMatches(_ db: Database, _ query: String, limit: Int) throws -> [Int64] {
        let candidates = SearchKeys.arabicCandidates(query)
        guard let exact = candidates.first else { return [] }
        let bares = Array(Set(candidates.map(SearchKeys.bare)))
        func placeholders(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ",") }
        var parts = [
            "SELECT entry_id, 0 AS tier FROM form WHERE language = 'ar' AND key = ?",
            "SELECT entry_id, 1 FROM form WHERE language = 'ar' AND key IN (\(placeholders(candidates.count)))",
            "SELECT entry_id, 2 FROM form WHERE language = 'ar' AND bare_key IN (\(placeholders(bares.count)))",
        ]
        var arguments: StatementArguments = [exact]
        arguments += StatementArguments(candidates)
        arguments += StatementArguments(bares)
        for prefix in candidates + bares {
            parts.append("SELECT entry_id, 3 FROM form WHERE language = 'ar' AND key >= ? AND key < ?")
            arguments += [prefix, prefix + "\u{10FFFF}"]
        }
        let sql = "SELECT entry_id FROM (" + parts.joined(separator: " UNION ALL ")
            + ") GROUP BY entry_id ORDER BY min(tier), entry_id LIMIT \(limit)"
        return try Int64.fetchAll(db, sql: sql, arguments: arguments)
    }

    private func englishMatches(_ db: Database, _ query: String, limit: Int) throws -> [Int64] {
        let key = SearchKeys.key(query)
        var ids = try Int64.fetchAll(db, sql: "SELECT DISTINCT entry_id FROM form WHERE language = 'en' AND key = ? ORDER BY entry_id", arguments: [key])
        if let match = SearchKeys.englishMatchQuery(query) {
            let more = try Int64.fetchAll(db, sql: """
                SELECT rowid FROM entry_search WHERE entry_search MATCH ? ORDER BY bm25(entry_search), length(english), rowid LIMIT \(limit)
                """, arguments: [match])
            var seen = Set(ids)
            for id in more where seen.insert(id).inserted { ids.append(id) }
        }
        return ids
    }
}
