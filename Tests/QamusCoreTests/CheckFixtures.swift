import Foundation
@testable import QamusCore

/// The seed article, its translation, fault copies and glossary, all inside the repository.
enum CheckFixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    static func seedGlossary() throws -> [GlossaryEntry] {
        try GlossaryReaders.read(text("Glossaries/news-seed-glossary.tsv"), format: .tsv).entries
    }

    static func seedInput(source: String = "Examples/soleimani-moscow.ar.txt", target: String?) throws -> CheckInput {
        CheckInput(sourceText: try text(source), targetText: try target.map(text))
    }
}
