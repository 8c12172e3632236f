import Foundation
import QamusCore
import QamusStore

/// Builds what the `draft` command needs from the database in use and the
/// shipped lexicons: the glossary index and the word services.
enum DraftPipeline {
    /// Inputs up to this size load only the glossary entries they can match;
    /// larger inputs and batches load the whole glossary once.
    static let prefilterLimit = 1 << 20

    /// The whole glossary, compiled (streamed from the store into a compact index).
    static func index(database: DatabaseOptions) throws -> TermIndex {
        try whileWarmingUp { try GlossaryStore.open(database.location).termIndex() }
    }

    /// The entries `text` could match, compiled: a fast start with a large glossary.
    static func index(database: DatabaseOptions, for text: String) throws -> TermIndex {
        let store = try GlossaryStore.open(database.location)
        let words = Set(WordTokenizer().tokenize(text).lazy.filter(\.isWord).map(\.text))
        return TermIndex(entries: try store.entries(couldMatch: words))
    }

    /// Runs `load` (reading the whole glossary) while another thread loads the shipped
    /// lexicons and model by drafting a sentence with no glossary: two start-up
    /// costs of similar size, on two cores instead of one after the other. (Not for
    /// the prefilter: its few rows load in milliseconds.)
    static func whileWarmingUp<T>(_ load: () throws -> T) throws -> T {
        let services = self.services
        let warm = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            _ = Drafter(index: TermIndex(entries: []), services: services).draft("قال الرئيس بوتين في موسكو إن سيتشينوف وصل.")
            warm.signal()
        }
        defer { warm.wait() }
        return try load()
    }

    static var services: any DraftWordServices { StandardWordServices() }

    static func drafter(index: TermIndex, style: DraftStyle) -> Drafter {
        Drafter(index: index, services: services, style: style)
    }

    static func batch(database: DatabaseOptions, workers: Int, style: DraftStyle) throws -> BatchDrafter {
        BatchDrafter(index: try index(database: database), services: services, style: style, workers: workers)
    }
}
