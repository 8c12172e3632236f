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
        candidates. JSON offsets are Unicode scalar offsets into each sentence's source.
        """
    )

    @Argument(help: "Arabic text file; '-' for stdin.") var file: String
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Output format: text, json or markdown.") var format: DraftRenderer.Format = .text

    func run() throws {
        let input = try InputReader.read(file)
        let store = try GlossaryStore.open(database.location)
        let index = TermIndex(entries: try store.allEntries())
        let drafter = Drafter(index: index, services: BasicWordServices())
        let document = drafter.draft(input.text)
        let renderer = DraftRenderer(color: Terminal.wantsColor)
        var out = OutputWriter()
        out.write(try renderer.render(document, as: format))
        out.flush()
    }
}

extension DraftRenderer.Format: ExpressibleByArgument {}
