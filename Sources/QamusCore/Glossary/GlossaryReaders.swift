/// Reads a glossary in any `GlossaryFormat`.
public enum GlossaryReaders {
    public static func read(_ text: String, format: GlossaryFormat) throws(GlossaryReadErrors) -> GlossaryDocument {
        switch format {
        case .tsv: return try TSVGlossaryReader().read(text)
        case .csv: return try CSVGlossaryReader().read(text)
        case .tbx: return try TBXGlossaryReader().read(text)
        }
    }
}
