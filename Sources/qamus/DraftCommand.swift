import ArgumentParser
import QamusCore

/// `qamus draft`: a sentence-by-sentence English draft of an Arabic article.
struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "draft", abstract: "Draft English for an Arabic article.")
    @Argument(help: "Input file; '-' for stdin.") var file: String
    func run() throws {
        let input = try InputReader.read(file)
        var out = OutputWriter()
        for s in DocumentSegmenter().segment(input.text).sentences { out.line(s.text) }
        out.flush()
    }
}
