import ArgumentParser
import QamusCore
import QamusStore

/// `qamus glossary edit ID [--english E] [--add-variant V] …`
struct GlossaryEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Change fields of an entry; unnamed fields keep their value.")

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The entry id.") var id: String
    @Option(help: "New preferred Arabic form.") var arabic: String?
    @Option(help: "New preferred English rendering (the old one becomes a variant unless --drop-old).") var english: String?
    @Flag(help: "With --english: do not keep the old rendering as a variant.") var dropOld = false
    @Option(help: "New type.") var type: String?
    @Option(help: "New domain ('' to clear).") var domain: String?
    @Option(help: "New note ('' to clear).") var note: String?
    @Option(help: "New source ('' to clear).") var source: String?
    @Option(help: "approved, draft or deprecated.") var status: EntryStatus?
    @Option(name: .customLong("add-variant"), help: "Add an admitted English variant (repeatable).") var addVariants: [String] = []
    @Option(name: .customLong("remove-variant"), help: "Remove an English variant or deprecated rendering (repeatable).") var removeVariants: [String] = []
    @Option(name: .customLong("add-arabic-variant"), help: "Add an Arabic spelling (repeatable).") var addArabicVariants: [String] = []
    @Option(name: .customLong("remove-arabic-variant"), help: "Remove an Arabic spelling (repeatable).") var removeArabicVariants: [String] = []
    @Option(name: .customLong("deprecate"), help: "Mark an English rendering as not to be used (repeatable).") var deprecate: [String] = []

    func run() throws {
        let entryID = try GlossaryCLI.id(id)
        let store = try GlossaryCLI.open(database)
        var e = try GlossaryCLI.run { try store.entry(id: entryID) }
        if let arabic {
            if arabic != e.arabic { e.arabicVariants.insert(e.arabic, at: 0) }
            e.arabic = arabic
            e.arabicVariants.removeAll { $0 == arabic }
        }
        if let english, english != e.english {
            if !dropOld { e.variants.insert(e.english, at: 0) }
            e.english = english
            e.variants.removeAll { $0 == english }
            e.deprecated.removeAll { $0 == english }
        }
        if let type { e.type = type }
        if let domain { e.domain = domain }
        if let note { e.note = note }
        if let source { e.source = source }
        if let status { e.status = status }
        for v in removeVariants {
            guard e.variants.contains(v) || e.deprecated.contains(v) else {
                throw CLIError.usage("entry #\(entryID) has no variant '\(EntryText.safe(v))'")
            }
            e.variants.removeAll { $0 == v }
            e.deprecated.removeAll { $0 == v }
        }
        for v in removeArabicVariants {
            guard e.arabicVariants.contains(v) else { throw CLIError.usage("entry #\(entryID) has no Arabic variant '\(EntryText.safe(v))'") }
            e.arabicVariants.removeAll { $0 == v }
        }
        e.variants += addVariants
        e.arabicVariants += addArabicVariants
        for d in deprecate {
            if d == e.english { throw CLIError.usage("'\(EntryText.safe(d))' is the preferred rendering; give a new one with --english first") }
            e.variants.removeAll { $0 == d }
            e.deprecated.append(d)
        }
        let stored = try GlossaryCLI.run { try store.update(e) }
        var out = OutputWriter()
        out.line("updated #\(entryID): \(EntryText.safe(stored.arabic)) → \(EntryText.safe(stored.english))")
        out.flush()
    }
}
