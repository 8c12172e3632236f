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
    public var proclitics: [String]
    /// The stem as looked up (with ال if written; لل restored to ل + ال).
    public var stem: String
    /// The pronoun enclitic, if split off.
    public var enclitic: String?
    /// The stem's analyses, preferred first.
    public var analyses: [LexiconAnalysis]
    /// Which step found it.
    public var source: Source

    public init(proclitics: [String], stem: String, enclitic: String?, analyses: [LexiconAnalysis], source: Source) {
        self.proclitics = proclitics
        self.stem = stem
        self.enclitic = enclitic
        self.analyses = analyses
        self.source = source
    }

    /// The preferred analysis.
    public var best: LexiconAnalysis? { analyses.first }

    /// Whether the stem carries the article (written ال, or restored after ل, or a definite form).
    public var isDefinite: Bool {
        stem.hasPrefix("ال") || (best?.features.contains(.definite) ?? false)
    }
}
