import ArgumentParser
import Foundation
import QamusStore

/// `--db PATH`, shared by every command that reads or writes the glossary.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "Glossary database (default: $QAMUS_DB, else ~/.local/share/qamus/glossary.sqlite, seeded on first use).")
    var db: String?

    /// The resolved database location.
    var location: DatabaseLocation {
        DatabaseLocation.resolve(explicit: db, environment: ProcessInfo.processInfo.environment)
    }
}
