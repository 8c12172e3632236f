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
    public var proclitics: [String] { box.fields.proclitics }
    /// Whether the proclitics are at most a conjunction, و or ف (none counts): وقال, فالمصانع.
    public var hasOnlyConjunctions: Bool { proclitics.allSatisfy { $0 == "و" || $0 == "ف" } }
    /// The stem as looked up (with ال if written; لل restored to ل + ال).
    public var stem: String { box.fields.stem }
    /// The pronoun enclitic, if split off.
    public var enclitic: String? { box.fields.enclitic }
    /// The stem's analyses, preferred first.
    public var analyses: [LexiconAnalysis] { box.fields.analyses }
    /// Which step found it.
    public var source: Source { box.fields.source }

    private struct Fields: Hashable {
        var proclitics: [String]
        var stem: String
        var enclitic: String?
        var analyses: [LexiconAnalysis]
        var source: Source
    }

    /// The fields, shared by copies: a reading is copied for every token of every
    /// sentence, and one reference costs one retain where the fields cost four.
    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private let box: Box

    public init(proclitics: [String], stem: String, enclitic: String?, analyses: [LexiconAnalysis], source: Source) {
        box = Box(Fields(proclitics: proclitics, stem: stem, enclitic: enclitic, analyses: analyses, source: source))
    }

    public static func == (a: WordReading, b: WordReading) -> Bool { a.box === b.box || a.box.fields == b.box.fields }

    public func hash(into hasher: inout Hasher) { hasher.combine(box.fields) }

    /// The preferred analysis.
    public var best: LexiconAnalysis? { analyses.first }

    /// Whether the stem carries the article (written ال, or restored after ل, or a definite form).
    public var isDefinite: Bool {
        stem.hasPrefix("ال") || (best?.features.contains(.definite) ?? false)
    }
}
