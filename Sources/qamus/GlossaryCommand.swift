import ArgumentParser

/// `qamus glossary` (placeholder until its issue lands).
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "glossary", abstract: "Not available yet.")
    func run() throws { throw CLIError.usage("qamus glossary is not available in this build yet") }
}
