import GRDB
import QamusCore

/// Counts that describe a glossary (`qamus glossary stats`).
public struct GlossaryStats: Sendable, Codable, Equatable {
    public var entries = 0
    public var arabicForms = 0
    public var englishForms = 0
    public var deprecatedRenderings = 0
    /// Arabic keys shared by several entries (الأسد the person and "the lion").
    public var ambiguousArabicKeys = 0
    public var byType: [String: Int] = [:]
    public var byStatus: [String: Int] = [:]
    public var byDomain: [String: Int] = [:]
    public var bySource: [String: Int] = [:]
    public var migrations: [String] = []
    public var sqliteVersion = ""
    public var journalMode = ""
    public var fileBytes: Int64 = 0
}

extension GlossaryStore {
    public func stats() throws -> GlossaryStats {
        try read { db in
            var s = GlossaryStats()
            s.entries = try Int.fetchOne(db, sql: "SELECT count(*) FROM entry") ?? 0
            s.arabicForms = try Int.fetchOne(db, sql: "SELECT count(*) FROM form WHERE language = 'ar'") ?? 0
            s.englishForms = try Int.fetchOne(db, sql: "SELECT count(*) FROM form WHERE language = 'en' AND status != 'deprecated'") ?? 0
            s.deprecatedRenderings = try Int.fetchOne(db, sql: "SELECT count(*) FROM form WHERE status = 'deprecated'") ?? 0
            s.ambiguousArabicKeys = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM (SELECT key FROM form WHERE language = 'ar' GROUP BY key HAVING count(DISTINCT entry_id) > 1)
                """) ?? 0
            func counts(_ column: String) throws -> [String: Int] {
                var out: [String: Int] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT coalesce(\(column), ''), count(*) FROM entry GROUP BY 1") {
                    out[row[0] as String] = row[1]
                }
                return out
            }
            s.byType = try counts("type")
            s.byStatus = try counts("status")
            s.byDomain = try counts("domain")
            s.bySource = try counts("source")
            s.migrations = try SchemaMigrator.appliedNames(db)
            s.sqliteVersion = try String.fetchOne(db, sql: "SELECT sqlite_version()") ?? ""
            s.journalMode = try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? ""
            let pages = try Int64.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            let size = try Int64.fetchOne(db, sql: "PRAGMA page_size") ?? 0
            s.fileBytes = pages * size
            return s
        }
    }
}
