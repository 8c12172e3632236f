import ArgumentParser
import Foundation
import QamusCore
import QamusStore

/// `qamus draft`: a sentence-by-sentence English draft of Arabic articles.
struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Draft English for Arabic articles, sentence by sentence.",
        discussion: """
        Glossary entries are found despite clitics and spelling variants and rendered \
        as the glossary says; other names are transliterated and listed as glossary \
        candidates. JSON offsets are Unicode scalar offsets into each sentence's source.

        One file is read paragraph by paragraph in bounded memory. Several files or a \
        directory (its *.txt files) are drafted over all cores. --jsonl reads one \
        {"id", "text"} object per line (stdin or FILE) and writes one result per line, \
        in order: a mapper for Spark's RDD.pipe or Hadoop streaming.
        """
    )

    @Argument(help: "Arabic text files (UTF-8) or directories; '-' for stdin.") var files: [String] = []
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Output format: text, json, markdown or xliff (for CAT tools).") var format: DraftRenderer.Format = .text
    @Option(help: "XLIFF version for --format xliff: 2.1 (default) or 1.2.") var xliffVersion: XLIFFVersion = .v2_1
    @Option(help: "gloss: every word in English, in English order (default); names: glossary terms and names in English, other words left in Arabic.")
    var style: DraftStyle = .gloss
    @Option(name: .shortAndLong, help: "Write to this file (created only when complete) instead of stdout.") var output: String?
    @Option(help: "With several inputs: write one output per input into this directory.") var outputDir: String?
    @Flag(help: "Read JSON Lines {\"id\", \"text\"} and write one JSON result per line.") var jsonl = false
    @Option(help: "Worker threads (default: all cores).") var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    @Flag(name: .shortAndLong, help: "No progress bar.") var quiet = false

    func validate() throws {
        if files.isEmpty, !jsonl { throw ValidationError("Give a file to draft, '-' for stdin, or --jsonl.") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs).") }
        if jsonl, files.count > 1 { throw ValidationError("--jsonl reads one stream: stdin or one file.") }
        if format == .xliff, jsonl || (files.count > 1 && outputDir == nil) {
            throw ValidationError("--format xliff writes one file per document: give one input, or --output-dir.")
        }
    }

    func run() throws {
        if jsonl { return try runJSONLines() }
        let isSingleFile = files.count == 1 && !Self.isDirectory(files[0])
        if isSingleFile, outputDir == nil { return try runSingle(files[0]) }
        try runFiles()
    }

    private func runSingle(_ file: String) throws {
        var out = try OutputWriter(path: output)
        do {
            if let small = try Self.smallInput(file) {
                let drafter = DraftPipeline.drafter(index: try DraftPipeline.index(database: database, for: small.text), style: style)
                try write(drafter.draft(small.text).sentences, to: &out)
            } else if format == .xliff {
                let text = try InputReader.read(file).text
                let drafter = DraftPipeline.drafter(index: try DraftPipeline.index(database: database), style: style)
                try write(drafter.draft(text).sentences, to: &out)
            } else {
                var (name, stream) = try InputReader.paragraphs(file)
                let drafter = StreamDrafter(drafter: try DraftPipeline.batch(database: database, workers: jobs, style: style))
                try write(to: &out) { emit in
                    try drafter.run(next: { try Self.next(&stream, name: name) }, emit: emit)
                }
            }
            try out.finish()
        } catch {
            out.discard()
            throw error
        }
    }

    /// Writes sentences in the chosen format; refuses input with no sentence.
    private func write(_ sentences: [DraftSentence], to out: inout OutputWriter) throws {
        if format == .xliff {
            guard !sentences.isEmpty else {
                throw CLIError.input(file: InputReader.name(of: files.first), line: nil, problem: "is empty: there is no text to process")
            }
            out.write(try renderer.render(DraftDocument(sentences: sentences), as: .xliff))
            return
        }
        try write(to: &out) { emit in for s in sentences { try emit(s) } }
    }

    private var renderer: DraftRenderer {
        let original = files.first.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "stdin"
        return DraftRenderer(color: output == nil && format == .text && Terminal.wantsColor,
                             xliffVersion: xliffVersion, original: original == "-" ? "stdin" : original)
    }

    private func write(to out: inout OutputWriter, _ produce: ((DraftSentence) throws -> Void) throws -> Void) throws {
        let renderer = self.renderer
        out.write(renderer.header(format))
        var previous: DraftSentence?
        try produce { s in
            out.write(try renderer.sentence(s, after: previous, as: format))
            previous = s
        }
        guard previous != nil else {
            throw CLIError.input(file: InputReader.name(of: files.first), line: nil, problem: "is empty: there is no text to process")
        }
        out.write(renderer.footer(format, empty: false))
    }

    /// The whole input when it is small enough to prefilter the glossary by its words.
    private static func smallInput(_ file: String) throws -> InputText? {
        if file != "-" {
            try InputReader.checkReadableFile(file)
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? Int.max
            if size > DraftPipeline.prefilterLimit { return nil }
        }
        return try InputReader.read(file)
    }

    private func runFiles() throws {
        let paths = try BatchDrafter.expand(files)
        let batch = FilesBatch(
            drafter: try DraftPipeline.batch(database: database, workers: jobs, style: style),
            renderer: DraftRenderer(color: false, xliffVersion: xliffVersion), format: format, outputDirectory: outputDir,
            batchSize: 256, quiet: quiet)
        var out = try OutputWriter(path: output)
        let failures = try batch.run(files: paths, out: &out)
        try out.finish()
        if failures > 0 {
            throw CLIError.failed("\(failures) of \(paths.count) files could not be drafted (see above)")
        }
    }

    private func runJSONLines() throws {
        let name = InputReader.name(of: files.first)
        let handle: FileHandle
        if name == "stdin" {
            handle = .standardInput
        } else {
            try InputReader.checkReadableFile(name)
            guard let h = FileHandle(forReadingAtPath: name) else { throw CLIError.input(file: name, line: nil, problem: "cannot be opened") }
            handle = h
        }
        let batch = JSONLinesBatch(drafter: try DraftPipeline.batch(database: database, workers: jobs, style: style), batchSize: 256, quiet: quiet)
        var out = try OutputWriter(path: output)
        _ = try batch.run(input: handle, name: name, out: &out)
        try out.finish()
    }

    private static func next(_ stream: inout ParagraphStream, name: String) throws -> String? {
        do {
            return try stream.next()?.text
        } catch {
            throw CLIError.input(file: name, line: error.line, problem: error.problem)
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

extension DraftRenderer.Format: ExpressibleByArgument {}
extension DraftStyle: ExpressibleByArgument {}
extension XLIFFVersion: ExpressibleByArgument {}
