import Foundation
import GRDB

/// Decides, without writing a byte, whether an existing file may be opened as a
/// Qamus glossary: a missing or empty file (to be created), a Qamus database, or
/// an empty SQLite database. Anything else is refused.
enum DatabaseFileGuard {
    static func check(_ path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
                throw StoreError.invalid("cannot create the database \(path): the directory \(directory) does not exist")
            }
            return
        }
        if isDirectory.boolValue { throw StoreError.notQamusDatabase(path: path, reason: "it is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.invalid("cannot read \(path) (permission denied?)")
        }
        let header = handle.readData(ofLength: 100)
        try? handle.close()
        if header.isEmpty { return }
        let magic = Array("SQLite format 3\0".utf8)
        guard header.count == 100, Array(header.prefix(16)) == magic else {
            throw StoreError.notQamusDatabase(path: path, reason: "it is not an SQLite database")
        }
        let id = header[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        if Int32(bitPattern: id) == GlossarySchema.applicationID { return }
        // The header may be stale while a write-ahead log holds page 1: ask SQLite, read-only.
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(10)
        let (applicationID, tables): (Int32, [String])
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            (applicationID, tables) = try queue.read { db in
                (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                 try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
            }
            try queue.close()
        } catch {
            throw StoreError.notQamusDatabase(path: path, reason: "SQLite cannot read it: \(error)")
        }
        if applicationID == GlossarySchema.applicationID { return }
        if applicationID == 0, tables.isEmpty { return }
        let shown = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
        throw StoreError.notQamusDatabase(path: path, reason: applicationID != 0
            ? "it belongs to another application (application_id \(applicationID))"
            : "it is an SQLite database of another program, with tables \(shown)")
    }
}
