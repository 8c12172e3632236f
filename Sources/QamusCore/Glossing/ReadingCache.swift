import Foundation

/// A thread-safe cache of lexicon readings per distinct written word, split into
/// shards with a lock each, so drafting threads rarely wait for one another.
final class ReadingCache: @unchecked Sendable {
    private final class Shard {
        let lock = NSLock()
        var storage: [ByteKey: WordReading?] = [:]
    }

    // Safety: every access to a shard's `storage` holds that shard's `lock`.
    private let shards: [Shard]
    private let limitPerShard: Int

    init(limit: Int = 200_000, shards: Int = 16) {
        self.shards = (0..<max(1, shards)).map { _ in Shard() }
        self.limitPerShard = max(1, limit / max(1, shards))
    }

    /// The cached reading of `word`, computing it once with `make`.
    func reading(_ word: String, _ make: (String) -> WordReading?) -> WordReading? {
        let key = ByteKey(word)
        let shard = shards[Int(UInt(bitPattern: key.hashValue) % UInt(shards.count))]
        shard.lock.lock()
        if let hit = shard.storage[key] {
            shard.lock.unlock()
            return hit
        }
        shard.lock.unlock()
        let value = make(word)
        shard.lock.lock()
        if shard.storage.count >= limitPerShard { shard.storage.removeAll(keepingCapacity: true) }
        shard.storage[key] = .some(value)
        shard.lock.unlock()
        return value
    }
}
