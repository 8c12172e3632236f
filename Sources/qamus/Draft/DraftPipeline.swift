import Foundation
import QamusCore
import QamusStore

/// Builds what the `draft` command needs from the database in use and the
/// shipped lexicons: the glossary index and the word services.
enum DraftPipeline {
    /// Inputs up to this size load only the glossary entries they can match;
    /// larger inputs and batches load the whole glossary once.
    static let prefilterLimit = 1 << 20

    /// The whole glossary, compiled.
    static func index(database: DatabaseOptions) throws -> TermIndex {
        let store = try GlossaryStore.open(database.location)
        return TermIndex(entries: try store.entriesForMatching())
    }

    /// The entries `text` could match, compiled: a fast start with a large glossary.
    static func index(database: DatabaseOptions, for text: String) throws -> TermIndex {
        let store = try GlossaryStore.open(database.location)
        let words = Set(WordTokenizer().tokenize(text).lazy.filter(\.isWord).map(\.text))
        return TermIndex(entries: try store.entries(couldMatch: words))
    }

    static var services: any DraftWordServices { BasicWordServices() }

    static func drafter(index: TermIndex) -> Drafter {
        Drafter(index: index, services: services)
    }

    static func batch(database: DatabaseOptions, workers: Int) throws -> BatchDrafter {
        BatchDrafter(index: try index(database: database), services: services, workers: workers)
    }
}
