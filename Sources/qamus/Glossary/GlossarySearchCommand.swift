import ArgumentParser
import Foundation
import QamusCore
import QamusStore

/// `qamus glossary search QUERY`
struct GlossarySearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find entries by Arabic (normalised, through clitics: وبوتين finds بوتين) or English (word prefixes).")

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "Arabic or English text.") var query: String
    @Option(help: "Only entries of this type.") var type: String?
    @Option(help: "Only entries of this domain.") var domain: String?
    @Option(help: "Only entries with this status.") var status: EntryStatus?
    @Option(help: "At most this many entries.") var limit: Int = 20
    @Option(help: "table, tsv or json.") var format: EntryOutputFormat = .table
    @Flag(help: "Print how long the search took (in the store, without start-up) to stderr.") var timing = false

    func run() throws {
        let store = try GlossaryCLI.open(database)
        let clock = ContinuousClock()
        let start = clock.now
        let found = try GlossaryCLI.run {
            try store.search(query, filter: EntryFilter(type: type, domain: domain, status: status), limit: limit)
        }
        if timing {
            let elapsed = clock.now - start
            let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            FileHandle.standardError.write(Data("search: \(found.count) entries in \(String(format: "%.2f", ms)) ms\n".utf8))
        }
        try EntryPrinter.print(found, format: format)
    }
}
