import Foundation
import QamusCore

/// Drafts one long text read paragraph by paragraph (a file too large to load at once)
/// on all cores: paragraphs are gathered into groups of bounded size, each group is
/// drafted in the background by the batch drafter's warm drafters while the previous
/// group is written, and sentences are renumbered in order — the output equals
/// drafting the text in one go.
struct StreamDrafter {
    let drafter: BatchDrafter
    /// Characters gathered before a group is drafted (memory stays bounded).
    var groupCharacters = 256 << 10

    /// Drafts every paragraph `next()` yields, calling `emit` with each sentence in order.
    func run(next: () throws -> String?, emit: (DraftSentence) throws -> Void) throws {
        var paragraphs = 0
        var sentences = 0
        try BackgroundBatch.pipeline(drafter: drafter, progress: ProgressBar(total: nil, label: "", quiet: true), next: {
            var group: [BatchDocument] = []
            var size = 0
            while size < groupCharacters, let text = try next() {
                group.append(BatchDocument(id: "", text: .success(text)))
                size += text.utf8.count
            }
            return group
        }, write: { finished in
            for case .success(let chunk) in finished.wait() {
                for var s in chunk.sentences {
                    s.index += sentences
                    s.paragraph += paragraphs
                    try emit(s)
                }
                if let last = chunk.sentences.last {
                    sentences += last.index + 1
                    paragraphs += last.paragraph + 1
                }
            }
        })
    }
}
