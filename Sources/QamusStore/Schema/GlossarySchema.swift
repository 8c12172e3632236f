import GRDB
import QamusCore

/// The glossary's schema, as a list of migrations. Append only.
///
/// - `entry`: one row per concept, with normalised keys for the preferred forms.
///   Its identity is (Arabic key, type, domain): الأسد may be a person and a term.
/// - `form`: every Arabic and English form of an entry with its status
///   (preferred, admitted, deprecated), its matching key and, for Arabic,
///   its key without the article (`bare_key`), for clitic-tolerant search.
/// - `entry_search`: FTS5 over the normalised English forms (prefix search).
/// - `qamus_meta`: key/value facts (whether the default database was seeded).
enum GlossarySchema {
    /// `PRAGMA application_id` of a Qamus glossary: "QAMU".
    static let applicationID: Int32 = 0x5141_4D55

    static let migrator = SchemaMigrator(migrations: [
        .init(name: "2026-11-29 entries and forms", apply: createEntries),
        .init(name: "2026-11-29 search keys", apply: createSearch),
        .init(name: "2026-11-29 first-word keys", apply: createFirstWordIndex),
    ])

    /// The key of a form's first word, as SQL over `form.key` (keys separate words
    /// with single spaces). Indexed, so a short text loads only the entries it can match.
    static let firstWordKeySQL = "(CASE WHEN instr(key, ' ') > 0 THEN substr(key, 1, instr(key, ' ') - 1) ELSE key END)"

    /// Indexes Arabic forms by the key of their first word (`firstWordKeySQL`).
    private static func createFirstWordIndex(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX form_first_word_key ON form (language, \(firstWordKeySQL))")
    }

    private static func createEntries(_ db: Database) throws {
        try db.execute(sql: """
            PRAGMA application_id = \(applicationID);
            CREATE TABLE qamus_meta (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL);
            CREATE TABLE entry (
                id INTEGER PRIMARY KEY,
                arabic TEXT NOT NULL,
                arabic_key TEXT NOT NULL,
                english TEXT NOT NULL,
                english_key TEXT NOT NULL,
                type TEXT NOT NULL DEFAULT 'term',
                domain TEXT NOT NULL DEFAULT '',
                note TEXT,
                source TEXT,
                status TEXT NOT NULL DEFAULT 'approved' CHECK (status IN ('approved', 'draft', 'deprecated')),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL);
            CREATE UNIQUE INDEX entry_identity ON entry (arabic_key, type, domain);
            CREATE INDEX entry_english_key ON entry (english_key);
            CREATE INDEX entry_type ON entry (type, domain);
            CREATE TABLE form (
                entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
                language TEXT NOT NULL CHECK (language IN ('ar', 'en')),
                status TEXT NOT NULL CHECK (status IN ('preferred', 'admitted', 'deprecated')),
                position INTEGER NOT NULL,
                text TEXT NOT NULL,
                key TEXT NOT NULL,
                PRIMARY KEY (entry_id, language, position)) WITHOUT ROWID;
            CREATE INDEX form_key ON form (language, key);
            """)
    }

    /// Adds `form.bare_key` (Arabic key without the article, back-filled) and the English FTS5 index.
    private static func createSearch(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE form ADD COLUMN bare_key TEXT NOT NULL DEFAULT '';
            CREATE VIRTUAL TABLE entry_search USING fts5 (english, tokenize = 'unicode61 remove_diacritics 2');
            """)
        let forms = try Row.fetchAll(db, sql: "SELECT entry_id, position, key FROM form WHERE language = 'ar'")
        let update = try db.makeStatement(sql: "UPDATE form SET bare_key = ? WHERE entry_id = ? AND language = 'ar' AND position = ?")
        for row in forms {
            let key: String = row["key"]
            try update.execute(arguments: [SearchKeys.bare(key), row["entry_id"] as Int64, row["position"] as Int])
        }
        try db.execute(sql: "CREATE INDEX form_bare_key ON form (language, bare_key)")
        let english = try Row.fetchAll(db, sql: """
            SELECT entry_id, group_concat(key, ' | ') AS keys FROM form WHERE language = 'en' GROUP BY entry_id
            """)
        let insert = try db.makeStatement(sql: "INSERT INTO entry_search (rowid, english) VALUES (?, ?)")
        for row in english {
            try insert.execute(arguments: [row["entry_id"] as Int64, row["keys"] as String])
        }
    }
}

/// Timestamps as stored: the exchange formats' text form.
enum GlossaryDateText {
    static func now() -> String { GlossaryDate.format(GlossaryDate.now()) }
}
