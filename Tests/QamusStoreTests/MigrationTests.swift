import Foundation
import GRDB
import QamusCore
import Testing
@testable import QamusStore

/// Every earlier schema version, with data written as that version wrote it,
/// migrates to the latest one with nothing lost and search working.
/// When a migration is added, add the fixture of the version before it here.
@Suite struct MigrationTests {
    /// The same rows once `form.bare_key` and the FTS index exist (schema versions 2 to 4:
    /// versions 3 and 4 changed indexes and constraints, not the rows).
    static let withBareKeys = """
        INSERT INTO entry (id, arabic, arabic_key, english, english_key, type, domain, note, source, status, created_at, updated_at)
        VALUES (7, 'الكرملين', 'الكرملين', 'Kremlin', 'kremlin', 'organization', '', 'seat of power', NULL, 'approved',
                '2024-05-01T09:30:00Z', '2024-05-02T09:30:00Z');
        INSERT INTO form (entry_id, language, status, position, text, key, bare_key) VALUES
            (7, 'ar', 'preferred', 0, 'الكرملين', 'الكرملين', 'كرملين'),
            (7, 'en', 'preferred', 0, 'Kremlin', 'kremlin', 'kremlin'),
            (7, 'en', 'admitted', 1, 'the Kremlin', 'the kremlin', 'the kremlin'),
            (7, 'en', 'deprecated', 2, 'Kreml', 'kreml', 'kreml');
        INSERT INTO entry_search (rowid, english) VALUES (7, 'kremlin | the kremlin | kreml');
        """

    /// Rows as schema version N (N migrations applied) stores them.
    static let fixtures: [Int: String] = [
        1: """
            INSERT INTO entry (id, arabic, arabic_key, english, english_key, type, domain, note, source, status, created_at, updated_at)
            VALUES (7, 'الكرملين', 'الكرملين', 'Kremlin', 'kremlin', 'organization', '', 'seat of power', NULL, 'approved',
                    '2024-05-01T09:30:00Z', '2024-05-02T09:30:00Z');
            INSERT INTO form (entry_id, language, status, position, text, key) VALUES
                (7, 'ar', 'preferred', 0, 'الكرملين', 'الكرملين'),
                (7, 'en', 'preferred', 0, 'Kremlin', 'kremlin'),
                (7, 'en', 'admitted', 1, 'the Kremlin', 'the kremlin'),
                (7, 'en', 'deprecated', 2, 'Kreml', 'kreml');
            """,
        2: withBareKeys,
        3: withBareKeys,
        4: withBareKeys,
    ]

    @Test func everyVersionHasAFixture() {
        let count = GlossarySchema.migrator.migrations.count
        for version in 1..<count { #expect(Self.fixtures[version] != nil, "no fixture for schema version \(version)") }
    }

    @Test func migratesFromEveryEarlierVersion() throws {
        let count = GlossarySchema.migrator.migrations.count
        for version in 1..<count {
            try withTemporaryDirectory { dir in
                let path = dir.appendingPathComponent("v\(version).sqlite").path
                let old = try GlossaryStore(path: path, seed: false, migrateUpTo: version)
                try old.queue.write { db in
                    try db.execute(sql: Self.fixtures[version] ?? "")
                }
                try old.queue.close()
                let store = try GlossaryStore(path: path)
                let names = try store.stats().migrations
                #expect(names == GlossarySchema.migrator.migrations.map(\.name))
                let entries = try store.allEntries()
                #expect(entries.count == 1)
                let e = try #require(entries.first)
                #expect(e.id == 7 && e.arabic == "الكرملين" && e.english == "Kremlin" && e.note == "seat of power")
                #expect(e.variants == ["the Kremlin"] && e.deprecated == ["Kreml"])
                #expect(e.createdAt == GlossaryDate.parse("2024-05-01T09:30:00Z"))
                #expect(try store.search("وكرملين").map(\.id) == [7])
                #expect(try store.search("kreml").map(\.id) == [7])
                #expect(try store.doctor().isEmpty)
                #expect(try store.entries(couldMatch: ["والكرملين"]).map(\.id) == [7])
            }
        }
    }

    @Test func refusesADatabaseFromANewerQamus() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("future.sqlite").path
            let store = try GlossaryStore(path: path)
            try store.queue.write { db in
                try db.execute(sql: "INSERT INTO qamus_migration (name, applied_at) VALUES ('2099-01-01 from the future', '2099-01-01T00:00:00Z')")
            }
            try store.queue.close()
            #expect {
                try GlossaryStore(path: path)
            } throws: { error in
                if case StoreError.newerSchema = error { return true }
                return false
            }
        }
    }

    @Test func doctorFindsAndRepairsStaleKeys() throws {
        let store = try GlossaryStore(path: ":memory:")
        let e = try store.add(GlossaryEntry(arabic: "إيران", english: "Iran", type: "place"))
        try store.queue.write { db in
            try db.execute(sql: "UPDATE form SET key = 'stale' WHERE entry_id = ?", arguments: [e.id])
            try db.execute(sql: "DELETE FROM entry_search")
        }
        let findings = try store.doctor()
        #expect(Set(findings.map(\.check)) == ["keys", "search-index"])
        try store.repairIndexes()
        #expect(try store.doctor().isEmpty)
        #expect(try store.search("ايران").map(\.id) == [e.id])
    }
}
