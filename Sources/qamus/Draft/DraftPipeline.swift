import QamusCore
import QamusStore

/// Builds what the `draft` command needs from the database in use and the
/// shipped lexicons: the glossary index and the word services.
enum DraftPipeline {
    static func index(database: DatabaseOptions) throws -> TermIndex {
        let store = try GlossaryStore.open(database.location)
        return TermIndex(entries: try store.allEntries())
    }

    static var services: any DraftWordServices { BasicWordServices() }

    static func drafter(database: DatabaseOptions) throws -> Drafter {
        Drafter(index: try index(database: database), services: services)
    }

    static func batch(database: DatabaseOptions, workers: Int) throws -> BatchDrafter {
        BatchDrafter(index: try index(database: database), services: services, workers: workers)
    }
}
