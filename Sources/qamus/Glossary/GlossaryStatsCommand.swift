import ArgumentParser
import Foundation
import QamusStore

/// `qamus glossary stats`
struct GlossaryStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Count entries by type, status, domain and source.")

    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let store = try GlossaryCLI.open(database)
        let s = try GlossaryCLI.run { try store.stats() }
        var out = OutputWriter()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            out.line(String(decoding: try encoder.encode(s), as: UTF8.self))
        } else {
            out.line("database         \(store.path)")
            out.line("entries          \(s.entries)")
            out.line("arabic forms     \(s.arabicForms)")
            out.line("english forms    \(s.englishForms) (+ \(s.deprecatedRenderings) deprecated)")
            out.line("shared arabic    \(s.ambiguousArabicKeys) keys name several entries")
            for (label, counts) in [("by type", s.byType), ("by status", s.byStatus), ("by domain", s.byDomain), ("by source", s.bySource)] {
                let shown = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                    .map { "\($0.key.isEmpty ? "(none)" : EntryText.safe($0.key)) \($0.value)" }
                out.line(label.padding(toLength: 17, withPad: " ", startingAt: 0) + shown.joined(separator: ", "))
            }
            out.line("schema           \(s.migrations.count) migrations, last: \(s.migrations.last ?? "-")")
            out.line("sqlite           \(s.sqliteVersion), journal \(s.journalMode), \(s.fileBytes) bytes")
        }
        out.flush()
    }
}
