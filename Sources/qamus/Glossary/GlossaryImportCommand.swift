import ArgumentParser
import QamusCore
import QamusStore

/// `qamus glossary import FILE [--format tsv|csv|tbx] [--on-duplicate skip|update|fail]`
struct GlossaryImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a TSV, CSV or TBX glossary in one transaction (all or nothing).",
        discussion: """
            TSV: a header naming columns among arabic english type note variants arabic_variants \
            deprecated domain source status created updated (lists separated by |), or OmegaT's \
            headerless source, target, comment. CSV: RFC 4180 with such a header. TBX: TBX-Basic v3 \
            (conceptEntry) or TBX v2 (martif/termEntry).
            """)

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The glossary file ('-' for stdin, with --format).") var file: String
    @Option(help: "tsv, csv or tbx (default: from the file's extension).") var format: GlossaryFormat?
    @Option(name: .customLong("on-duplicate"), help: "What to do with an entry already stored: skip, update or fail (report every clash).")
    var onDuplicate: DuplicatePolicy = .fail

    func run() throws {
        guard let format = format ?? GlossaryFormat(fileName: file) else {
            throw CLIError.usage("cannot tell the format of '\(file)' from its extension; add --format tsv, csv or tbx")
        }
        let input = try InputReader.read(file)
        let document: GlossaryDocument
        do {
            document = try GlossaryReaders.read(input.text, format: format)
        } catch {
            if error.errors.count == 1, let only = error.errors.first {
                throw CLIError.input(file: input.name, line: only.line, problem: "column \(only.column): \(only.problem)")
            }
            let lines = error.errors.map { "\(input.name):\($0.line):\($0.column): \($0.problem)" }
            throw CLIError.failed("\(error.errors.count) problems; nothing was imported:\n" + lines.joined(separator: "\n"))
        }
        if document.entries.isEmpty {
            throw CLIError.input(file: input.name, line: nil, problem: "has no glossary entries")
        }
        let store = try GlossaryCLI.open(database)
        let report: ImportReport
        do {
            report = try store.importEntries(document, policy: onDuplicate)
        } catch let error as StoreError {
            throw CLIError.failed("\(input.name): \(error.description)")
        }
        var out = OutputWriter()
        out.line("imported \(input.name): \(report.added) added, \(report.updated) updated, \(report.skipped) skipped")
        out.flush()
    }
}
