import ArgumentParser
import Foundation
import QamusCore
import QamusStore

/// `qamus glossary export [--format tsv|csv|tbx] [--output FILE]`
struct GlossaryExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the glossary as TSV, CSV or TBX-Basic, to stdout or a file.")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "tsv, csv or tbx (default: from --output's extension, else tsv).") var format: GlossaryFormat?
    @Option(name: [.short, .long], help: "Write to this file instead of stdout (replaced atomically).") var output: String?
    @Option(help: "Only entries of this type.") var type: String?
    @Option(help: "Only entries of this domain.") var domain: String?
    @Option(help: "Only entries with this status.") var status: EntryStatus?

    func run() throws {
        let chosen = format ?? output.flatMap(GlossaryFormat.init(fileName:)) ?? .tsv
        let store = try GlossaryCLI.open(database)
        let entries = try GlossaryCLI.run { try store.entries(EntryFilter(type: type, domain: domain, status: status)) }
        let writer = GlossaryWriters(format: chosen)
        guard let output, output != "-" else {
            var out = OutputWriter()
            out.write(writer.header())
            for (i, e) in entries.enumerated() { out.write(writer.chunk(e, number: i + 1)) }
            out.write(writer.footer())
            out.flush()
            return
        }
        do {
            try Data(writer.write(entries).utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CLIError.failed("cannot write \(output): \(error.localizedDescription)")
        }
        FileHandle.standardError.write(Data("exported \(entries.count) entries to \(output) (\(chosen.rawValue))\n".utf8))
    }
}
