import GRDB
import GRDBSQLite

/// Binds and runs a prepared GRDB statement straight through the SQLite C API: bulk imports
/// run a few hundred thousand small inserts, and boxing every value as a `DatabaseValue`
/// was a large part of their cost.
struct FastBinder {
    /// A value for one `?`.
    enum Value {
        case text(String)
        case int(Int64)
        case null
    }

    /// Binds `values` to `statement`'s parameters in order and steps it to completion.
    static func run(_ statement: Statement, _ values: [Value]) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (i, value) in values.enumerated() {
            let index = Int32(i + 1)
            let code: Int32
            switch value {
            case .text(let s):
                let length = Int32(s.utf8.count)
                code = s.withCString { sqlite3_bind_text(handle, index, $0, length, transient) }
            case .int(let v): code = sqlite3_bind_int64(handle, index, v)
            case .null: code = sqlite3_bind_null(handle, index)
            }
            guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot bind parameter \(index)") }
        }
        var code = sqlite3_step(handle)
        while code == SQLITE_ROW { code = sqlite3_step(handle) }
        let reset = sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: reset), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))))
        }
    }
}

extension FastBinder.Value {
    static func optional(_ s: String?) -> FastBinder.Value { s.map { .text($0) } ?? .null }
}
