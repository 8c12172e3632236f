import Foundation

/// A bounded, thread-safe memo of word → analyses, so repeated words cost one lookup.
/// Keyed by the word's UTF-8 bytes: hashing them needs no Unicode normalisation.
final class AnalysisCache: @unchecked Sendable {
    // All access goes through `lock`.
    private let lock = NSLock()
    private var entries: [[UInt8]: [CliticSplit]] = [:]
    private let limit: Int

    init(limit: Int = 100_000) { self.limit = limit }

    func value(for word: String, orInsert make: () -> [CliticSplit]) -> [CliticSplit] {
        let key = Array(word.utf8)
        lock.lock()
        if let hit = entries[key] { lock.unlock(); return hit }
        lock.unlock()
        let made = make()
        lock.lock()
        if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
        entries[key] = made
        lock.unlock()
        return made
    }
}
