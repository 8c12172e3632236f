import GRDB
import QamusCore

/// One Arabic form of a stored entry, with its stored matching key: what a term
/// index needs at start-up, without loading whole entries (100,000 entries load in
/// about a tenth of the time `allEntries()` takes).
public struct StoredArabicForm: Sendable, Hashable {
    public var entryID: Int64
    /// The form as written (شويغو).
    public var text: String
    /// `Normalizer.matching.key(text)` as stored.
    public var key: String
    /// Whether this is the entry's preferred Arabic form (else another spelling).
    public var isPreferred: Bool
    /// The entry's status (deprecated entries are kept for checking, not for drafting).
    public var status: EntryStatus
}

extension GlossaryStore {
    /// Every Arabic form of every entry, ordered by entry id then position.
    public func arabicForms() throws -> [StoredArabicForm] {
        try read { db in
            var forms: [StoredArabicForm] = []
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT f.entry_id, f.text, f.key, f.position, e.status FROM form f JOIN entry e ON e.id = f.entry_id
                WHERE f.language = 'ar' ORDER BY f.entry_id, f.position
                """)
            while let row = try cursor.next() {
                forms.append(StoredArabicForm(entryID: row[0], text: row[1], key: row[2], isPreferred: (row[3] as Int) == 0,
                                              status: EntryStatus(rawValue: row[4]) ?? .approved))
            }
            return forms
        }
    }

    /// The entries with these ids (those that exist), ordered by id.
    public func entries(ids: [Int64]) throws -> [GlossaryEntry] {
        guard !ids.isEmpty else { return [] }
        var found: [GlossaryEntry] = []
        // Chunks keep the statement under SQLite's parameter limit.
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            found += try read { db in
                try EntryRows.fetch(db, sql: "SELECT \(EntryRows.entryColumns) FROM entry WHERE id IN (\(placeholders)) ORDER BY id",
                                    arguments: StatementArguments(chunk))
            }
        }
        return found.sorted { ($0.id ?? 0) < ($1.id ?? 0) }
    }
}
