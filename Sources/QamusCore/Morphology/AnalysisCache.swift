import Foundation

/// A bounded, thread-safe memo of word → analyses, so repeated words cost one lookup.
final class AnalysisCache: @unchecked Sendable {
    // All access goes through `lock`.
    private let lock = NSLock()
    private var entries: [String: [CliticSplit]] = [:]
    private let limit: Int

    init(limit: Int = 100_000) { self.limit = limit }

    func value(for word: String, orInsert make: () -> [CliticSplit]) -> [CliticSplit] {
        lock.lock()
        if let hit = entries[word] { lock.unlock(); return hit }
        lock.unlock()
        let made = make()
        lock.lock()
        if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
        entries[word] = made
        lock.unlock()
        return made
    }
}
