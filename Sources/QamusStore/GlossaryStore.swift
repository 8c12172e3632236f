import GRDB
import QamusCore

/// The SQLite glossary (placeholder: the store issue fills this in).
public final class GlossaryStore {
    let queue: DatabaseQueue
    public init(path: String) throws { queue = try DatabaseQueue(path: path) }
}
