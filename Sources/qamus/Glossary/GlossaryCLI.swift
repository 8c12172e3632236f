import ArgumentParser
import Foundation
import QamusCore
import QamusStore

/// Helpers the glossary subcommands share: opening the store, mapping errors.
enum GlossaryCLI {
    /// Runs `body`, turning store errors into `CLIError`s (exit 2 with a clear message).
    static func run<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as StoreError {
            throw CLIError.failed(error.description)
        }
    }

    /// Opens the database the options name.
    static func open(_ options: DatabaseOptions) throws -> GlossaryStore {
        try run { try GlossaryStore.open(options.location) }
    }

    /// Parses an entry id argument (`12` or `#12`).
    static func id(_ text: String) throws -> Int64 {
        let trimmed = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard let id = Int64(trimmed), id > 0 else {
            throw CLIError.usage("'\(text)' is not an entry id (a positive number, as `qamus glossary list` shows)")
        }
        return id
    }
}

extension EntryStatus: ExpressibleByArgument {}
extension DuplicatePolicy: ExpressibleByArgument {}
extension GlossaryFormat: ExpressibleByArgument {}

/// How `list`, `search` and `show` print entries.
enum EntryOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, tsv, json
}
