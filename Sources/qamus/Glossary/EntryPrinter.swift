import Foundation
import QamusCore

/// Prints entries as a table, TSV (the export format) or JSON.
enum EntryPrinter {
    static func print(_ entries: [GlossaryEntry], format: EntryOutputFormat) throws {
        var out = OutputWriter()
        switch format {
        case .table:
            if entries.isEmpty { out.line("(no entries)") } else {
                for line in EntryTable().render(entries) { out.line(line) }
            }
        case .tsv:
            let writer = TSVGlossaryWriter(columns: [.arabic, .english, .type, .note, .variants, .arabicVariants, .deprecated, .domain, .source, .status, .created, .updated])
            out.line("id\t" + writer.header())
            for entry in entries { out.line("\(entry.id ?? 0)\t" + writer.line(entry)) }
        case .json:
            out.line(try json(entries))
        }
        out.flush()
    }

    /// Entries as a JSON array (ISO 8601 times, sorted keys).
    static func json(_ entries: [GlossaryEntry]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(GlossaryDate.format(date))
        }
        return String(decoding: try encoder.encode(entries), as: UTF8.self)
    }
}
