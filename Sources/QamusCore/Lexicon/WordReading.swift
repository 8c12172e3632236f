/// How one Arabic word was found in the lexicon: its clitics and the stem's analyses.
///
/// وبقواتها ("and with its forces") → proclitics [و, ب], stem قوات, enclitic ها,
/// analyses [قوة noun plural], source `.form`.
public struct WordReading: Sendable, Hashable {
    /// Which lookup step found the stem.
    public enum Source: String, Sendable, Hashable, Codable {
        /// A headword or inflected form, spelled as in the lexicon.
        case exact
        /// Found through the loose key (hamza/alef, ى/ي, ة/ه, ؤ/ئ).
        case loose
        /// Found only in the Arabic WordNet fallback.
        case wordNet
        /// A closed-class word from the built-in table.
        case functionWord
    }

    /// Proclitics in order (و ف, then ب ل ك س).
    public var proclitics: [String] {
        get { storage.proclitics }
        set { storage = Storage(newValue, stem, enclitic, analyses, source) }
    }
    /// The stem as looked up (with ال if written; لل restored to ل + ال).
    public var stem: String {
        get { storage.stem }
        set { storage = Storage(proclitics, newValue, enclitic, analyses, source) }
    }
    /// The pronoun enclitic, if split off.
    public var enclitic: String? {
        get { storage.enclitic }
        set { storage = Storage(proclitics, stem, newValue, analyses, source) }
    }
    /// The stem's analyses, preferred first.
    public var analyses: [LexiconAnalysis] {
        get { storage.analyses }
        set { storage = Storage(proclitics, stem, enclitic, newValue, source) }
    }
    /// Which step found it.
    public var source: Source {
        get { storage.source }
        set { storage = Storage(proclitics, stem, enclitic, analyses, newValue) }
    }

    /// The fields, shared by copies: a reading is copied for every token of every
    /// sentence, and one reference costs one retain where five fields cost four.
    private final class Storage: Sendable {
        let proclitics: [String]
        let stem: String
        let enclitic: String?
        let analyses: [LexiconAnalysis]
        let source: Source

        init(_ proclitics: [String], _ stem: String, _ enclitic: String?, _ analyses: [LexiconAnalysis], _ source: Source) {
            self.proclitics = proclitics
            self.stem = stem
            self.enclitic = enclitic
            self.analyses = analyses
            self.source = source
        }
    }

    private var storage: Storage

    public init(proclitics: [String], stem: String, enclitic: String?, analyses: [LexiconAnalysis], source: Source) {
        storage = Storage(proclitics, stem, enclitic, analyses, source)
    }

    public static func == (a: WordReading, b: WordReading) -> Bool {
        a.storage === b.storage || (a.proclitics == b.proclitics && a.stem == b.stem && a.enclitic == b.enclitic
            && a.analyses == b.analyses && a.source == b.source)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(proclitics)
        hasher.combine(stem)
        hasher.combine(enclitic)
        hasher.combine(analyses)
        hasher.combine(source)
    }

    /// The preferred analysis.
    public var best: LexiconAnalysis? { analyses.first }

    /// Whether the stem carries the article (written ال, or restored after ل, or a definite form).
    public var isDefinite: Bool {
        stem.hasPrefix("ال") || (best?.features.contains(.definite) ?? false)
    }
}
