import ArgumentParser
import QamusCore
import QamusStore

/// `qamus glossary show ID|ARABIC`
struct GlossaryShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show every field of an entry, by id or by Arabic form (all homographs).")

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "An entry id, or an Arabic form (normalised: ايران finds إيران).") var entry: String
    @Option(help: "text or json.") var format: ShowFormat = .text

    enum ShowFormat: String, ExpressibleByArgument { case text, json }

    func run() throws {
        let store = try GlossaryCLI.open(database)
        let entries: [GlossaryEntry] = try GlossaryCLI.run {
            if let id = Int64(entry.hasPrefix("#") ? String(entry.dropFirst()) : entry) { return [try store.entry(id: id)] }
            return try store.entries(arabic: entry)
        }
        if entries.isEmpty { throw CLIError.failed("no entry has the Arabic form '\(EntryText.safe(entry))'; try `qamus glossary search`") }
        var out = OutputWriter()
        if format == .json {
            out.line(try EntryPrinter.json(entries))
        } else {
            for (i, e) in entries.enumerated() {
                if i > 0 { out.line("") }
                for (label, value) in Self.fields(e) where !value.isEmpty {
                    out.line(label.padding(toLength: 16, withPad: " ", startingAt: 0) + EntryText.safe(value))
                }
            }
        }
        out.flush()
    }

    static func fields(_ e: GlossaryEntry) -> [(String, String)] {
        [("id", "\(e.id ?? 0)"), ("arabic", e.arabic), ("arabic variants", e.arabicVariants.joined(separator: " | ")),
         ("english", e.english), ("variants", e.variants.joined(separator: " | ")),
         ("deprecated", e.deprecated.joined(separator: " | ")), ("type", e.type), ("domain", e.domain ?? ""),
         ("status", e.status.rawValue), ("note", e.note ?? ""), ("source", e.source ?? ""),
         ("created", e.createdAt.map(GlossaryDate.format) ?? ""), ("updated", e.updatedAt.map(GlossaryDate.format) ?? "")]
    }
}
