import CQamusData
import QamusCore

/// The glossaries compiled into the binary that seed a fresh default database
/// (see `Glossaries/README.md` for their sources and licences).
struct SeedGlossaries {
    /// The file name recorded as each entry's source.
    let name: String
    let bytes: UnsafeBufferPointer<UInt8>

    static var all: [SeedGlossaries] {
        [SeedGlossaries(name: "news-seed-glossary.tsv",
                        bytes: UnsafeBufferPointer(start: qamus_data_seed_glossaries(), count: qamus_data_seed_glossaries_size()))]
    }

    /// The parsed glossary, each entry's `source` defaulting to the file name.
    func document() throws -> GlossaryDocument {
        let text = String(decoding: bytes, as: UTF8.self)
        var document = try TSVGlossaryReader().read(text)
        for i in document.entries.indices where document.entries[i].source == nil {
            document.entries[i].source = name
        }
        return document
    }
}
