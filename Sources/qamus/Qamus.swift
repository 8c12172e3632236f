import ArgumentParser
import Foundation

/// `qamus`: Arabic news into English — segmentation, glossary alignment, drafts, checks.
@main
struct Qamus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qamus",
        abstract: "Turn Arabic news into English: segment, align with a glossary, draft, check.",
        version: "0.1.0",
        subcommands: [
            DraftCommand.self,
            SegmentCommand.self,
            GlossaryCommand.self,
            TranslitCommand.self,
            CheckCommand.self,
        ]
    )

    /// Runs the command; `CLIError`s print as `qamus: error: FILE:LINE: problem` and exit 2.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as CLIError {
            FileHandle.standardError.write(Data("qamus: error: \(error)\n".utf8))
            Foundation.exit(2)
        } catch {
            // Usage errors (unknown option, bad value) exit 2 like input errors, not 64.
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
