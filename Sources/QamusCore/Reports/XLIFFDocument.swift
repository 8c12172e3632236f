/// The XLIFF versions Qamus writes (it reads 1.2, 2.0 and 2.1).
public enum XLIFFVersion: String, Sendable, CaseIterable {
    case v1_2 = "1.2"
    case v2_1 = "2.1"
}

/// A glossary match to annotate in a unit's source: where it is and its English.
public struct XLIFFTermAnnotation: Sendable, Hashable {
    /// Unicode scalar offsets in the unit's source text, end exclusive.
    public var range: Range<Int>
    /// The glossary's English rendering.
    public var english: String
    /// The glossary's Arabic form (قاسم سليماني), when it differs from the text
    /// (وسليماني); written as the glossary term. Nil: the text itself.
    public var arabic: String?

    public init(range: Range<Int>, english: String, arabic: String? = nil) {
        self.range = range
        self.english = english
        self.arabic = arabic
    }
}

/// One translation unit: a source sentence, its (draft) target, and its glossary terms.
public struct XLIFFUnit: Sendable, Hashable {
    public var id: String
    public var source: String
    /// The target: a draft when writing, the translation when reading; nil when absent.
    public var target: String?
    public var terms: [XLIFFTermAnnotation]

    public init(id: String, source: String, target: String? = nil, terms: [XLIFFTermAnnotation] = []) {
        self.id = id
        self.source = source
        self.target = target
        self.terms = terms
    }
}

/// A bilingual document, as written to or read from XLIFF.
public struct XLIFFDocument: Sendable {
    public var sourceLanguage: String
    public var targetLanguage: String
    /// The `original` attribute: the file the units come from.
    public var original: String
    public var units: [XLIFFUnit]
    /// The version read (when read from a file).
    public var version: String?

    public init(sourceLanguage: String = "ar", targetLanguage: String = "en", original: String = "article.txt",
                units: [XLIFFUnit], version: String? = nil) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.original = original
        self.units = units
        self.version = version
    }

    /// The units as a check input: sentence i of the source is paired with sentence i of
    /// the target; a unit without a target (or with an empty one) is a missing translation.
    public var checkInput: CheckInput {
        let source = units.map(\.source)
        let target = units.map { $0.target ?? "" }
        let alignment = units.indices.map { i in
            AlignmentPair(source: [i], target: (units[i].target ?? "").allSatisfy(\.isWhitespace) ? [] : [i])
        }
        return CheckInput(source: source, target: target, alignment: alignment)
    }
}
