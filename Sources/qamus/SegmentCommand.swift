import ArgumentParser
import QamusCore

/// `qamus segment`: sentences, words or clitic splits, for pipes and measurement.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split Arabic text into sentences, words or clitics.",
        discussion: """
        --sentences: text on stdin (or FILE), one sentence per line out; a blank line \
        in the input separates documents and is kept in the output.
        --words: one token per line, with its kind.
        --clitics: one word per line in, its parts separated by spaces out \
        (و ب القرب; the article ال stays on its stem, as in Universal Dependencies).
        """
    )

    enum Mode: String, EnumerableFlag {
        case sentences, words, clitics
    }

    @Flag(help: "What to produce.") var mode: Mode = .sentences
    @Argument(help: "Input file; stdin when absent or '-'.") var file: String?

    func run() throws {
        let input = try InputReader.read(file, allowEmpty: true)
        var out = OutputWriter()
        switch mode {
        case .sentences:
            let document = DocumentSegmenter().segment(input.text)
            var lastParagraph = -1
            for s in document.sentences {
                if lastParagraph >= 0, s.paragraph != lastParagraph { out.line("") }
                lastParagraph = s.paragraph
                out.line(s.text.replacingNewlines())
            }
        case .words:
            for t in WordTokenizer().tokenize(input.text) {
                out.line("\(t.text)\t\(t.kind.rawValue)")
            }
        case .clitics:
            let analyzer = CliticAnalyzer.shared
            // lines split and trimmed on scalars: no grapheme breaking on the hot path
            var lines = input.text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.last?.isEmpty == true { lines.removeLast() }  // the final newline ends a line, not starts one
            for line in lines {
                var word = line
                while let f = word.first, f.properties.isWhitespace { word.removeFirst() }
                while let l = word.last, l.properties.isWhitespace { word.removeLast() }
                if word.isEmpty { out.line(""); continue }
                out.line(analyzer.segmentUD(String(scalars: word)).joined(separator: " "))
            }
        }
        out.flush()
    }
}

extension StringProtocol {
    func replacingNewlines() -> String {
        String(self.map { $0.isNewline ? " " : $0 })
    }

    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
