import ArgumentParser

/// `qamus glossary`: manage the SQLite glossary.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Manage the glossary: add, edit, remove, show, list, search, import, export, stats, doctor.",
        subcommands: [
            GlossaryAddCommand.self, GlossaryEditCommand.self, GlossaryRemoveCommand.self,
            GlossaryShowCommand.self, GlossaryListCommand.self, GlossarySearchCommand.self,
            GlossaryImportCommand.self, GlossaryExportCommand.self, GlossaryStatsCommand.self,
            GlossaryDoctorCommand.self,
        ]
    )
}
