import ArgumentParser

/// `qamus glossary`: manage the SQLite glossary.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Manage the glossary: add, edit, remove, show, list, search, import, export, stats, doctor.",
        subcommands: [
            GlossaryAddCommand.self, GlossaryRemoveCommand.self,
            GlossaryListCommand.self,
            GlossaryImportCommand.self,
        ]
    )
}
