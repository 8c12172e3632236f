import ArgumentParser

/// `qamus check` (placeholder until its issue lands).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Not available yet.")
    func run() throws { throw CLIError.usage("qamus check is not available in this build yet") }
}
