import GRDB

enum GRDBTestSupport {
    /// A small SQLite database such as another program would keep.
    static func makeForeignDatabase(at path: String) throws -> DatabaseQueue {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me')")
        }
        try queue.close()
        return queue
    }
}
