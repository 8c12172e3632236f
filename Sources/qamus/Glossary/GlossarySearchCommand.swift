import ArgumentParser
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

    func run() throws {
        let store = try GlossaryCLI.open(database)
        let found = try GlossaryCLI.run {
            try store.search(query, filter: EntryFilter(type: type, domain: domain, status: status), limit: limit)
        }
        try EntryPrinter.print(found, format: format)
    }
}
