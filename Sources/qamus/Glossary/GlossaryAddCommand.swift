import ArgumentParser
import QamusCore
import QamusStore

/// `qamus glossary add ARABIC ENGLISH [--type] [--note] [--variant V ...]`
struct GlossaryAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an entry: an Arabic term and its English rendering.")

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The preferred Arabic form, e.g. 'قاسم سليماني'.") var arabic: String
    @Argument(help: "The preferred English rendering, e.g. 'Qassem Soleimani'.") var english: String
    @Option(help: "person, place, organization, term, … (default: term).") var type: String = "term"
    @Option(help: "Subject field, e.g. military.") var domain: String?
    @Option(help: "A note for translators.") var note: String?
    @Option(help: "Where the entry comes from.") var source: String?
    @Option(help: "approved, draft or deprecated.") var status: EntryStatus = .approved
    @Option(name: .customLong("variant"), help: "An admitted English variant (repeatable).") var variants: [String] = []
    @Option(name: .customLong("arabic-variant"), help: "Another Arabic spelling (repeatable).") var arabicVariants: [String] = []
    @Option(name: .customLong("deprecated"), help: "A rendering not to use (repeatable).") var deprecated: [String] = []
    @Flag(help: "Print only the new entry's id.") var quiet = false

    func run() throws {
        let store = try GlossaryCLI.open(database)
        let entry = GlossaryEntry(
            arabic: arabic, english: english, type: type, arabicVariants: arabicVariants, variants: variants,
            deprecated: deprecated, domain: domain, note: note, source: source, status: status)
        let stored = try GlossaryCLI.run { try store.add(entry) }
        var out = OutputWriter()
        out.line(quiet ? "\(stored.id ?? 0)" : "added #\(stored.id ?? 0): \(EntryText.safe(stored.arabic)) → \(EntryText.safe(stored.english))")
        out.flush()
    }
}
