import Foundation
import QamusCore

/// One document of a batch: where it came from and its text (or why it has none).
struct BatchDocument: Sendable {
    /// A file path, or the `id` of a JSONL record (as JSON).
    var id: String
    var text: Result<String, BatchError>
}

/// Drafters not in use, shared by the threads of successive batches.
final class DrafterPool: @unchecked Sendable {
    // Safety: `drafters` is only touched under `lock`, and a drafter taken out is used
    // by one thread at a time (ParallelMap hands each thread its own state).
    private let lock = NSLock()
    private var drafters: [Drafter] = []

    /// A drafter no thread is using, or nil.
    func take() -> Drafter? {
        lock.lock(); defer { lock.unlock() }
        return drafters.popLast()
    }

    /// Gives a drafter back once its thread is done with it.
    func put(_ drafter: Drafter) {
        lock.lock(); defer { lock.unlock() }
        drafters.append(drafter)
    }
}

/// Why a document of a batch could not be drafted; the batch goes on.
struct BatchError: Error, Sendable {
    var message: String
}

/// Drafts many documents over all cores, in order, with one drafter per thread.
struct BatchDrafter: Sendable {
    let index: TermIndex
    let services: any DraftWordServices
    let style: DraftStyle
    let workers: Int
    /// Drafters kept between batches, so their per-word caches stay warm.
    let idle = DrafterPool()

    /// Drafts `documents`; results are in input order.
    func draft(_ documents: [BatchDocument], progress: ProgressBar?, doneBefore: Int) -> [Result<DraftDocument, BatchError>] {
        let index = self.index, services = self.services, style = self.style, idle = self.idle
        return ParallelMap.map(
            documents, workers: workers,
            makeState: { idle.take() ?? Drafter(index: index, services: services, style: style) },
            finishState: { idle.put($0) },
            progress: { done in progress?.update(doneBefore + done) }
        ) { drafter, document in
            switch document.text {
            case .failure(let error):
                return .failure(error)
            case .success(let text):
                if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
                    return .failure(BatchError(message: "empty document: there is no text to process"))
                }
                return .success(drafter.draft(text))
            }
        }
    }

    /// Reads a file as a batch document: invalid UTF-8, binary data and unreadable
    /// files become error records.
    static func document(atPath path: String) -> BatchDocument {
        guard let data = FileManager.default.contents(atPath: path) else {
            return BatchDocument(id: path, text: .failure(BatchError(message: "\(path): cannot be read")))
        }
        switch TextDecoding.decodeUTF8(data) {
        case .success(let text): return BatchDocument(id: path, text: .success(text))
        case .failure(let f): return BatchDocument(id: path, text: .failure(BatchError(message: "\(path):\(f.line): \(f.problem)")))
        }
    }

    /// Expands files and directories (recursively, `*.txt`, sorted) into file paths.
    static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError.input(file: path, line: nil, problem: "no such file or directory")
            }
            if isDirectory.boolValue {
                let base = URL(fileURLWithPath: path)
                let found = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
                let texts = found.filter { $0.hasSuffix(".txt") }.sorted().map { base.appendingPathComponent($0).path }
                if texts.isEmpty { throw CLIError.input(file: path, line: nil, problem: "is a directory with no .txt files to draft") }
                files += texts
            } else {
                files.append(path)
            }
        }
        return files
    }
}
