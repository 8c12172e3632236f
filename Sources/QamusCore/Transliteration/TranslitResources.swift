import CQamusData

/// The model and lexicons compiled into the binary, loaded once on first use.
enum TranslitResources {
    /// The trained graphone model (`Data/translit/graphone.qtm`); nil only if the embedded file is damaged.
    static let model: GraphoneModel? = {
        guard let base = qamus_data_translit_model() else { return nil }
        let bytes = UnsafeRawBufferPointer(start: base, count: qamus_data_translit_model_size())
        return try? GraphoneModel(bytes: bytes)
    }()

    /// The shipped name lexicons, in priority order: curated news names > CLDR places
    /// > Wikidata persons > Google pairs (see `Glossaries/names/README.md`).
    static let lexicon: NameLexicon = NameLexicon(sources: [
        .init(name: "curated-news-names.tsv", text: text(qamus_data_names_curated(), qamus_data_names_curated_size()), isEdited: true),
        .init(name: "cldr-places.tsv", text: text(qamus_data_names_cldr(), qamus_data_names_cldr_size()), isEdited: true),
        .init(name: "wikidata-persons-coling2018.tsv",
              text: text(qamus_data_names_wikidata(), qamus_data_names_wikidata_size()), isEdited: false),
        .init(name: "google-ar2en.tsv", text: text(qamus_data_names_google(), qamus_data_names_google_size()), isEdited: false),
    ])

    private static func text(_ base: UnsafePointer<UInt8>?, _ count: Int) -> String {
        guard let base else { return "" }
        return String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }
}
