import Foundation
import GRDB

/// Puts a database file in write-ahead-log mode, waiting out other processes that
/// are doing the same.
///
/// SQLite's busy handler does not cover this switch: `PRAGMA journal_mode = WAL` first
/// reads page 1, then upgrades to an exclusive lock, and an upgrade from a held read
/// lock fails with `SQLITE_BUSY` at once (waiting could deadlock). Two `qamus glossary add`
/// processes creating the same new file hit this; the loser retries here, with a
/// randomised pause, until the other has finished or `timeout` has passed.
enum WALSwitch {
    static func ensure(_ db: Database, timeout: TimeInterval) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var pause: TimeInterval = 0.002
        while true {
            do {
                // WAL is persistent: an existing Qamus file is in WAL mode already and this only reads it.
                if try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal" { return }
                if try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" { return }
                throw DatabaseError(resultCode: .SQLITE_BUSY, message: "could not switch to WAL mode")
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                Thread.sleep(forTimeInterval: pause * Double.random(in: 0.5...1.5))
                pause = min(pause * 2, 0.05)
            }
        }
    }
}
