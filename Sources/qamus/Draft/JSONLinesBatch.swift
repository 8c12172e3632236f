import Foundation
import QamusCore

/// `qamus draft --jsonl`: one `{"id", "text"}` object per input line, one result
/// per output line, in order — a line-in/line-out mapper for Spark's `RDD.pipe`
/// or Hadoop streaming. A bad line yields `{"id", "error"}` and the batch goes on.
struct JSONLinesBatch {
    let drafter: BatchDrafter
    let batchSize: Int
    let quiet: Bool

    /// Reads records from `handle` until the end, writing results to `out`.
    /// Returns the number of error records written. Reading and writing overlap with
    /// drafting: batch N+1 is read and batch N-1 written while batch N is drafted.
    func run(input handle: FileHandle, name: String, out: inout OutputWriter) throws -> Int {
        var reader = LineReader(handle: handle)
        let progress = ProgressBar(total: nil, label: "records", quiet: quiet)
        var lineNumber = 0
        var errors = 0
        func write(_ finished: BackgroundBatch, _ out: inout OutputWriter) {
            for (document, result) in zip(finished.documents, finished.wait()) {
                switch result {
                case .success(let draft):
                    out.write("{\"id\":\(document.id),\"sentences\":")
                    out.write(bytes: { DraftJSONWriter.sentences(draft.sentences, into: &$0) })
                    out.line("}")
                case .failure(let error):
                    errors += 1
                    out.line("{\"error\":\(Self.quote(error.message)),\"id\":\(document.id)}")
                }
            }
            out.flush()
        }
        BackgroundBatch.pipeline(drafter: drafter, progress: progress, next: {
            var batch: [BatchDocument] = []
            while batch.count < batchSize, let line = reader.next() {
                lineNumber += 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                batch.append(Self.record(line, lineNumber: lineNumber, name: name))
            }
            return batch
        }, write: { write($0, &out) })
        progress.finish()
        return errors
    }

    /// Parses one input line into a document (its `id` kept as JSON text).
    static func record(_ line: [UInt8], lineNumber: Int, name: String) -> BatchDocument {
        let where_ = "\(name):\(lineNumber)"
        guard case .success(let text) = TextDecoding.decodeUTF8(Data(line)) else {
            return BatchDocument(id: "null", text: .failure(BatchError(message: "\(where_): invalid UTF-8")))
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            return BatchDocument(id: "null", text: .failure(BatchError(message: "\(where_): not a JSON object")))
        }
        let idValue = object["id"] ?? NSNull()
        let id = (try? JSONSerialization.data(withJSONObject: idValue, options: [.fragmentsAllowed]))
            .map { String(decoding: $0, as: UTF8.self) } ?? "null"
        guard let body = object["text"] as? String else {
            return BatchDocument(id: id, text: .failure(BatchError(message: "\(where_): no \"text\" string")))
        }
        return BatchDocument(id: id, text: .success(body))
    }

    static func quote(_ s: String) -> String {
        var out: [UInt8] = []
        DraftJSONWriter.string(s, into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

/// Reads a file handle line by line as bytes, in 1 MB chunks.
struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEOF = false

    init(handle: FileHandle) { self.handle = handle }

    /// The next line without its newline, or `nil` at the end.
    mutating func next() -> [UInt8]? {
        while true {
            if let nl = buffer[position...].firstIndex(of: 0x0A) {
                let line = Array(buffer[position..<nl])
                position = nl + 1
                return line
            }
            if atEOF {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                return line
            }
            buffer.removeFirst(position)
            position = 0
            let data = handle.readData(ofLength: 1 << 20)
            if data.isEmpty { atEOF = true } else { buffer.append(contentsOf: data) }
        }
    }
}
