import ArgumentParser

/// `qamus translit` (placeholder until its issue lands).
struct TranslitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "translit", abstract: "Not available yet.")
    func run() throws { throw CLIError.usage("qamus translit is not available in this build yet") }
}
