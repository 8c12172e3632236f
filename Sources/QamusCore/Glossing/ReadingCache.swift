import Foundation

/// A thread-safe cache of lexicon readings per distinct written word.
final class ReadingCache: @unchecked Sendable {
    // Safety: every access to `storage` holds `lock`.
    private let lock = NSLock()
    private var storage: [ByteKey: WordReading?] = [:]
    private let limit: Int

    init(limit: Int = 200_000) { self.limit = limit }

    /// The cached reading of `word`, computing it once with `make`.
    func reading(_ word: String, _ make: (String) -> WordReading?) -> WordReading? {
        let key = ByteKey(word)
        lock.lock()
        if let hit = storage[key] {
            lock.unlock()
            return hit
        }
        lock.unlock()
        let value = make(word)
        lock.lock()
        if storage.count >= limit { storage.removeAll(keepingCapacity: true) }
        storage[key] = .some(value)
        lock.unlock()
        return value
    }
}
