import CQamusData
import Foundation
import Testing

/// The data compiled into the binary (`.incbin`) must be the files in the
/// repository. An incremental build does not notice a changed data file: when
/// this fails, `touch Sources/CQamusData/*.c` and build again.
@Suite("Embedded data")
struct EmbeddedDataTests {
    static let blobs: [(String, @Sendable () -> UnsafePointer<UInt8>?, @Sendable () -> Int)] = [
        ("Glossaries/news-seed-glossary.tsv", { qamus_data_seed_glossaries() }, { qamus_data_seed_glossaries_size() }),
        ("Data/lexicon/lexicon.bin", { qamus_data_lexicon() }, { qamus_data_lexicon_size() }),
        ("Data/morphology/stems.tsv", { qamus_data_morphology_stems() }, { qamus_data_morphology_stems_size() }),
        ("Data/translit/graphone.qtm", { qamus_data_translit_model() }, { qamus_data_translit_model_size() }),
        ("Data/translit/graphone-r2l.qtm", { qamus_data_translit_r2l() }, { qamus_data_translit_r2l_size() }),
        ("Data/translit/english.qtm", { qamus_data_translit_letters() }, { qamus_data_translit_letters_size() }),
        ("Data/translit/rerank.tsv", { qamus_data_translit_rerank() }, { qamus_data_translit_rerank_size() }),
        ("Glossaries/names/curated-news-names.tsv", { qamus_data_names_curated() }, { qamus_data_names_curated_size() }),
        ("Glossaries/names/cldr-places.tsv", { qamus_data_names_cldr() }, { qamus_data_names_cldr_size() }),
        ("Glossaries/names/wikidata-persons-coling2018.tsv", { qamus_data_names_wikidata() }, { qamus_data_names_wikidata_size() }),
        ("Glossaries/names/google-ar2en.tsv", { qamus_data_names_google() }, { qamus_data_names_google_size() }),
    ]

    @Test("embedded bytes equal the repository file", arguments: blobs.map(\.0))
    func embeddedDataIsCurrent(path: String) throws {
        let blob = try #require(Self.blobs.first { $0.0 == path })
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = try Data(contentsOf: root.appendingPathComponent(path))
        let pointer = try #require(blob.1())
        let embedded = Data(bytes: pointer, count: blob.2())
        // Compared first, then expected: `#expect(a == b)` on unequal data of megabytes would
        // have the test library work out their difference, which takes longer than the suite.
        let same = embedded == file
        #expect(same, "\(path) is stale in the binary (\(embedded.count) bytes embedded, \(file.count) in the file): touch Sources/CQamusData/*.c and rebuild")
    }
}
