import ArgumentParser
import QamusStore

/// `qamus glossary remove ID...`
struct GlossaryRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove entries by id (all or none).")

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "Entry ids, as `qamus glossary list` shows them.") var ids: [String]

    func run() throws {
        guard !ids.isEmpty else { throw CLIError.usage("name at least one entry id to remove") }
        let numbers = try ids.map(GlossaryCLI.id)
        let store = try GlossaryCLI.open(database)
        let removed = try GlossaryCLI.run { try store.remove(ids: numbers) }
        var out = OutputWriter()
        for entry in removed {
            out.line("removed #\(entry.id ?? 0): \(EntryText.safe(entry.arabic)) → \(EntryText.safe(entry.english))")
        }
        out.flush()
    }
}
