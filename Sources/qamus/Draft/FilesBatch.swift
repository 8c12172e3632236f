import Foundation
import QamusCore

/// `qamus draft FILE... | DIR`: many articles, drafted over all cores. With
/// `--output-dir`, one output file per input; otherwise one stream on stdout
/// (JSON Lines with a `file` key for `--format json`).
struct FilesBatch {
    let drafter: BatchDrafter
    let renderer: DraftRenderer
    let format: DraftRenderer.Format
    let outputDirectory: String?
    let batchSize: Int
    let quiet: Bool

    /// Drafts every file; returns the number that failed (each reported on stderr).
    func run(files: [String], out: inout OutputWriter) throws -> Int {
        if let outputDirectory {
            try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        }
        let progress = ProgressBar(total: files.count, label: "files", quiet: quiet)
        var failures = 0
        var start = 0
        while start < files.count {
            let slice = Array(files[start..<min(start + batchSize, files.count)])
            let documents = slice.map(BatchDrafter.document(atPath:))
            let results = drafter.draft(documents, progress: progress, doneBefore: start)
            for (path, result) in zip(slice, results) {
                switch result {
                case .success(let draft):
                    try write(draft, for: path, out: &out)
                case .failure(var error):
                    failures += 1
                    if !error.message.hasPrefix(path) { error.message = "\(path): \(error.message)" }
                    FileHandle.standardError.write(Data("qamus: error: \(error.message)\n".utf8))
                    if outputDirectory == nil, format == .json {
                        out.line("{\"error\":\(JSONLinesBatch.quote(error.message)),\"file\":\(JSONLinesBatch.quote(path))}")
                    }
                }
            }
            out.flush()
            start += slice.count
        }
        progress.finish()
        return failures
    }

    private func write(_ draft: DraftDocument, for path: String, out: inout OutputWriter) throws {
        if let outputDirectory {
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            let ext = ["text": "draft.txt", "json": "draft.json", "markdown": "draft.md"][format.rawValue] ?? "draft"
            var file = try OutputWriter(path: URL(fileURLWithPath: outputDirectory).appendingPathComponent("\(name).\(ext)").path)
            file.write(try renderer.render(draft, as: format))
            try file.finish()
            return
        }
        switch format {
        case .json:
            out.write("{\"file\":\(JSONLinesBatch.quote(path)),\"sentences\":")
            out.write(bytes: { DraftJSONWriter.sentences(draft.sentences, into: &$0) })
            out.line("}")
        case .text, .markdown:
            out.write("==> \(path) <==\n")
            out.write(try renderer.render(draft, as: format))
            out.write("\n")
        }
    }
}
