import ArgumentParser
import QamusCore
import QamusStore

/// `qamus glossary list [--type T] [--domain D] [--status S] [--format table|tsv|json]`
struct GlossaryListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List entries, optionally filtered by type, domain and status.")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "Only entries of this type (person, place, organization, term, …).") var type: String?
    @Option(help: "Only entries of this domain.") var domain: String?
    @Option(help: "Only entries with this status: approved, draft, deprecated.") var status: EntryStatus?
    @Option(help: "At most this many entries.") var limit: Int?
    @Option(help: "table, tsv or json.") var format: EntryOutputFormat = .table

    func run() throws {
        let store = try GlossaryCLI.open(database)
        let entries = try GlossaryCLI.run {
            try store.entries(EntryFilter(type: type, domain: domain, status: status, limit: limit))
        }
        try EntryPrinter.print(entries, format: format)
    }
}
