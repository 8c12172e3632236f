import Foundation
import QamusCore

/// Files of the repository that tests read (never `../shared`).
enum Fixtures {
    /// The repository root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// The seed glossary (`Glossaries/news-seed-glossary.tsv`) parsed minimally, ids from 1.
    static func seedGlossary() throws -> [GlossaryEntry] {
        let lines = try text("Glossaries/news-seed-glossary.tsv").split(separator: "\n").dropFirst()
        return lines.enumerated().map { i, line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return GlossaryEntry(
                id: Int64(i + 1), arabic: f[0], english: f[1], type: f.count > 2 ? f[2] : "term",
                variants: f.count > 4 ? f[4].split(separator: "|").map(String.init) : [],
                note: f.count > 3 && !f[3].isEmpty ? f[3] : nil)
        }
    }
}
