import Foundation

/// Maps items on several threads, each with its own mutable worker state (a
/// drafter with its caches, say), and returns the results in input order.
public enum ParallelMap {
    /// `transform(&state, item)` for every item, on up to `workers` threads.
    /// `makeState` runs once per thread, and `finishState` (if given) receives each
    /// thread's state when it is done, so a caller can keep warm states for its next call.
    /// `progress` is called (from any thread) after each item with the number done so far.
    public static func map<Item: Sendable, State, Result: Sendable>(
        _ items: [Item],
        workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        makeState: @Sendable () -> State,
        finishState: (@Sendable (State) -> Void)? = nil,
        progress: (@Sendable (Int) -> Void)? = nil,
        transform: @Sendable (inout State, Item) -> Result
    ) -> [Result] {
        if items.isEmpty { return [] }
        let results = ResultSlots<Result>(count: items.count)
        let counter = SharedCounter()
        let threads = max(1, min(workers, items.count))
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            var state = makeState()
            while true {
                let i = counter.next()
                if i >= items.count { break }
                results.set(i, transform(&state, items[i]))
                progress?(counter.finished())
            }
            finishState?(state)
        }
        return results.values()
    }
}

/// A lock-protected counter handing out indices and counting finished items.
final class SharedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var issued = 0
    private var done = 0

    func next() -> Int {
        lock.lock(); defer { lock.unlock() }
        issued += 1
        return issued - 1
    }

    func finished() -> Int {
        lock.lock(); defer { lock.unlock() }
        done += 1
        return done
    }
}

/// Result slots written once each from worker threads, read after all finish.
final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: T) {
        lock.lock(); defer { lock.unlock() }
        slots[i] = value
    }

    func values() -> [T] { slots.compactMap { $0 } }
}
