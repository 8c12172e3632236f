import ArgumentParser
import Foundation
import QamusCore
import QamusStore

/// `qamus check`: consistency of an Arabic article, and of its English translation.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check an Arabic article, and its English translation, for consistency.",
        discussion: """
        Source checks: source-variant (one term spelled several ways), hamza-wasl \
        (الإجتماع → الاجتماع). With --translation (or a bilingual XLIFF file as SOURCE): \
        term-mismatch, number-mismatch, untranslated, missing-translation, target-variant, \
        after aligning source and target sentences.
        Exit status: 0 when no finding is an error (with --strict: no finding at all), \
        1 when there are, 2 for usage or input errors.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html
    }

    @Argument(help: "Arabic source text (UTF-8), or a bilingual XLIFF 1.2/2.x file; '-' for stdin.")
    var source: String

    @Option(name: .long, help: "English translation to check against the source.")
    var translation: String?

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "Use this glossary TSV file (arabic, english, type, note, variants, deprecated) instead of the database.")
    var glossary: String?

    @Option(name: .long, help: "Output format: text, json or html.")
    var format: Format = .text

    @Option(name: .long, help: "Write the report to this file instead of stdout.")
    var output: String?

    @Flag(name: .long, help: "Exit 1 on any finding, not only errors.")
    var strict = false

    func run() throws {
        let sourceText = try InputReader.read(source)
        var input: CheckInput
        if XLIFFReader.looksLikeXLIFF(sourceText.text) {
            if translation != nil {
                throw CLIError.usage("\(source) is a bilingual XLIFF file: it already holds the translation; drop --translation")
            }
            do {
                let document = try XLIFFReader().read(sourceText.text)
                input = document.checkInput
            } catch {
                throw CLIError.input(file: sourceText.name, line: error.line, problem: error.problem)
            }
        } else {
            let targetText = try translation.map { try InputReader.read($0).text }
            input = CheckInput(sourceText: sourceText.text, targetText: targetText)
        }
        let entries = try loadGlossary()
        let report = CheckRunner(glossary: entries).run(input)
        let rendered: String
        switch format {
        case .text: rendered = TextReportWriter().write(report)
        case .json: rendered = try JSONReportWriter().write(report)
        case .html: rendered = HTMLReportWriter(title: "Qamus check: \((source as NSString).lastPathComponent)").write(report)
        }
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: Data(rendered.utf8)) else {
                throw CLIError.input(file: output, line: nil, problem: "cannot be written")
            }
        } else {
            var out = OutputWriter()
            out.write(rendered)
            out.flush()
        }
        if report.fails(strict: strict) { throw ExitCode(1) }
    }

    private func loadGlossary() throws -> [GlossaryEntry] {
        if let glossary {
            let file = try InputReader.read(glossary)
            return try Self.parseTSV(file.text, name: file.name)
        }
        do {
            return try GlossaryStore.open(database.location).allEntries()
        } catch {
            throw CLIError.failed("cannot open the glossary database \(database.location.path): \(error)")
        }
    }

    /// A glossary TSV with a header row naming its columns; variants and deprecated are "|"-separated.
    static func parseTSV(_ text: String, name: String) throws -> [GlossaryEntry] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        guard let header = lines.first else { return [] }
        let columns = header.split(separator: "\t", omittingEmptySubsequences: false).map { $0.lowercased() }
        guard let a = columns.firstIndex(of: "arabic"), let e = columns.firstIndex(of: "english") else {
            throw CLIError.input(file: name, line: 1, problem: "header must name the columns 'arabic' and 'english', found \"\(header)\"")
        }
        lines.removeFirst()
        var entries: [GlossaryEntry] = []
        for (n, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func cell(_ name: String) -> String? {
                columns.firstIndex(of: name).flatMap { cells.indices.contains($0) ? cells[$0] : nil }.flatMap { $0.isEmpty ? nil : $0 }
            }
            guard cells.indices.contains(max(a, e)), !cells[a].isEmpty, !cells[e].isEmpty else {
                throw CLIError.input(file: name, line: n + 2, problem: "needs an Arabic and an English term: \"\(line)\"")
            }
            let list = { (key: String) in cell(key)?.split(separator: "|").map(String.init) ?? [] }
            entries.append(GlossaryEntry(
                arabic: cells[a], english: cells[e], type: cell("type") ?? "term", arabicVariants: list("arabic_variants"),
                variants: list("variants"), deprecated: list("deprecated"), note: cell("note"), source: name))
        }
        return entries
    }
}
