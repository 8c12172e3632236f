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

    @Option(name: .long, help: "Use this glossary file (TSV, CSV or TBX) instead of the database.")
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
            do {
                return try GlossaryReaders.read(file.text, format: GlossaryFormat(fileName: file.name) ?? .tsv).entries
            } catch {
                throw CLIError.input(file: file.name, line: error.errors.first?.line, problem: error.errors.first?.problem ?? "\(error)")
            }
        }
        do {
            return try GlossaryStore.open(database.location).allEntries()
        } catch {
            throw CLIError.failed("cannot open the glossary database \(database.location.path): \(error)")
        }
    }
}
