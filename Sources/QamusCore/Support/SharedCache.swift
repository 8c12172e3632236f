import Foundation

/// A dictionary cache shared by threads, behind a lock; emptied when it reaches
/// `limit` entries (so memory stays bounded on an endless stream of new words).
final class SharedCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private var values: [Key: Value] = [:]
    private let lock = NSLock()
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    /// The cached value for `key`, computing and storing it on a miss (outside the lock).
    func value(for key: Key, compute: () -> Value) -> Value {
        lock.lock()
        if let v = values[key] { lock.unlock(); return v }
        lock.unlock()
        let v = compute()
        lock.lock()
        if values.count >= limit { values.removeAll(keepingCapacity: true) }
        values[key] = v
        lock.unlock()
        return v
    }
}
