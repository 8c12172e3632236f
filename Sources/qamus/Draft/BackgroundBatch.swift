import Foundation
import QamusCore

/// A batch drafted on a background thread; `wait()` returns its results in order.
final class BackgroundBatch: @unchecked Sendable {
    let documents: [BatchDocument]
    private var results: [Result<DraftDocument, BatchError>] = []
    private let done = DispatchSemaphore(value: 0)

    init(_ documents: [BatchDocument], drafter: BatchDrafter, progress: ProgressBar, doneBefore: Int) {
        self.documents = documents
        DispatchQueue.global().async {
            self.results = drafter.draft(documents, progress: progress, doneBefore: doneBefore)
            self.done.signal()
        }
    }

    /// Blocks until the batch is drafted (once), then returns its results.
    func wait() -> [Result<DraftDocument, BatchError>] {
        done.wait()
        done.signal()
        return results
    }

    /// Drafts the batches `next` returns (until an empty one), each in the background
    /// while the one before it is handed to `write`, in order.
    static func pipeline(drafter: BatchDrafter, progress: ProgressBar,
                         next: () throws -> [BatchDocument], write: (BackgroundBatch) throws -> Void) rethrows {
        var done = 0
        var running: BackgroundBatch?
        repeat {
            let batch = try next()
            let previous = running
            running = batch.isEmpty ? nil : BackgroundBatch(batch, drafter: drafter, progress: progress, doneBefore: done)
            done += batch.count
            if let previous { try write(previous) }
        } while running != nil
    }
}
