import Foundation

/// A dictionary cache shared by threads, split into shards with a lock each (so
/// drafting threads rarely wait for one another); a shard is emptied when it
/// reaches its share of `limit`, so memory stays bounded on an endless stream of new words.
final class SharedCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private final class Shard {
        let lock = NSLock()
        var values: [Key: Value] = [:]
    }

    // Safety: every access to a shard's `values` holds that shard's `lock`.
    private let shards: [Shard]
    private let limitPerShard: Int

    init(limit: Int, shards: Int = 16) {
        self.shards = (0..<max(1, shards)).map { _ in Shard() }
        limitPerShard = max(1, limit / max(1, shards))
    }

    /// The cached value for `key`, computing and storing it on a miss (outside the lock).
    func value(for key: Key, compute: () -> Value) -> Value {
        let shard = shards[Int(UInt(bitPattern: key.hashValue) % UInt(shards.count))]
        shard.lock.lock()
        if let v = shard.values[key] {
            shard.lock.unlock()
            return v
        }
        shard.lock.unlock()
        let v = compute()
        shard.lock.lock()
        if shard.values.count >= limitPerShard { shard.values.removeAll(keepingCapacity: true) }
        shard.values[key] = v
        shard.lock.unlock()
        return v
    }
}
