import ArgumentParser
import Foundation
import QamusCore
import QamusStore

/// `qamus draft`: a sentence-by-sentence English draft of an Arabic article.
struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Draft English for an Arabic article, sentence by sentence.",
        discussion: """
        Glossary entries are found despite clitics and spelling variants and rendered \
        as the glossary says; other names are transliterated and listed as glossary \
        candidates. JSON offsets are Unicode scalar offsets into each sentence's source. \
        Large files are read paragraph by paragraph in bounded memory.
        """
    )

    @Argument(help: "Arabic text file (UTF-8); '-' for stdin.") var file: String
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Output format: text, json or markdown.") var format: DraftRenderer.Format = .text
    @Option(name: .shortAndLong, help: "Write to this file (created only when complete) instead of stdout.") var output: String?

    func run() throws {
        var (name, stream) = try InputReader.paragraphs(file)
        let drafter = try DraftPipeline.drafter(database: database)
        let renderer = DraftRenderer(color: output == nil && format == .text && Terminal.wantsColor)
        var out = try OutputWriter(path: output)
        do {
            out.write(renderer.header(format))
            var previous: DraftSentence?
            var paragraphs = 0
            var sentences = 0
            while let chunk = try readChunk(&stream, name: name) {
                let drafted = drafter.draft(chunk: chunk, firstParagraph: paragraphs, firstSentence: sentences)
                for s in drafted {
                    out.write(try renderer.sentence(s, after: previous, as: format))
                    previous = s
                }
                paragraphs = (drafted.last?.paragraph ?? paragraphs - 1) + 1
                sentences += drafted.count
            }
            if previous == nil { throw CLIError.input(file: name, line: nil, problem: "is empty: there is no text to process") }
            out.write(renderer.footer(format, empty: previous == nil))
            try out.finish()
        } catch {
            out.discard()
            throw error
        }
    }

    private func readChunk(_ stream: inout ParagraphStream, name: String) throws -> String? {
        do {
            return try stream.next()?.text
        } catch {
            throw CLIError.input(file: name, line: error.line, problem: error.problem)
        }
    }
}

extension DraftRenderer.Format: ExpressibleByArgument {}

/// Builds the drafter the `draft` command (and batch mode) use: glossary from the
/// database in use, word services from the shipped lexicons.
enum DraftPipeline {
    static func drafter(database: DatabaseOptions) throws -> Drafter {
        let store = try GlossaryStore.open(database.location)
        let index = TermIndex(entries: try store.allEntries())
        return Drafter(index: index, services: BasicWordServices())
    }
}
