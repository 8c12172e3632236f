import ArgumentParser
import QamusStore

/// `qamus glossary doctor [--repair]`
struct GlossaryDoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor", abstract: "Check the database: SQLite integrity_check, search index, normalised keys.")

    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Rebuild keys and the search index when they are stale.") var repair = false

    func run() throws {
        let store = try GlossaryCLI.open(database)
        var findings = try GlossaryCLI.run { try store.doctor() }
        var out = OutputWriter()
        if repair, !findings.isEmpty, findings.allSatisfy(\.repairable) {
            let count = try GlossaryCLI.run { try store.repairIndexes() }
            out.line("repaired: rebuilt the keys and search index of \(count) entries")
            findings = try GlossaryCLI.run { try store.doctor() }
        }
        if findings.isEmpty {
            out.line("ok: \(store.path) passed integrity_check, foreign keys, search index and key checks")
            out.flush()
            return
        }
        out.flush()
        throw CLIError.failed("\(store.path) has problems:\n" + findings.map(\.description).joined(separator: "\n"))
    }
}
