/// How serious a finding is. `qamus check` exits 1 when any finding is an `error`
/// (with `--strict`, any finding at all).
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case info, warning, error

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// Which text a span or form belongs to.
public enum TextSide: String, Sendable, Hashable, Codable {
    case source, target
}

/// A stretch of one sentence a finding points at.
///
/// Offsets are **Unicode scalar offsets into the sentence text** (`Sentence.text`),
/// 0-based, end exclusive — the same unit as `Token.range` and `TermMatch.range`.
public struct FindingSpan: Sendable, Hashable, Codable {
    public var side: TextSide
    /// 0-based sentence index on that side.
    public var sentence: Int
    /// Scalar offset of the first scalar.
    public var start: Int
    /// Scalar offset just past the last scalar.
    public var end: Int

    public init(side: TextSide, sentence: Int, range: Range<Int>) {
        self.side = side
        self.sentence = sentence
        self.start = range.lowerBound
        self.end = range.upperBound
    }

    public var range: Range<Int> { start..<end }
}

/// One spelling among several of the same thing (ايران beside إيران), with where it occurs.
public struct FindingForm: Sendable, Hashable, Codable {
    /// The spelling as written.
    public var text: String
    /// How many times it occurs.
    public var count: Int
    /// 0-based indices of the sentences holding it.
    public var sentences: [Int]
    /// Whether the glossary gives this spelling as the preferred one.
    public var preferred: Bool

    public init(text: String, count: Int, sentences: [Int], preferred: Bool = false) {
        self.text = text
        self.count = count
        self.sentences = sentences
        self.preferred = preferred
    }
}

/// A problem a check found. Findings are values: checks return them, reports render them.
public struct Finding: Sendable, Hashable, Codable {
    /// The check's stable kebab-case id, e.g. "term-mismatch".
    public var check: String
    public var severity: Severity
    /// One line for a person, quoting the offending text.
    public var message: String
    /// For variant checks: every spelling with its count and sentences.
    public var forms: [FindingForm]
    /// 0-based source sentence indices involved.
    public var sourceSentences: [Int]
    /// 0-based target sentence indices involved.
    public var targetSentences: [Int]
    /// Where exactly, in scalar offsets within each sentence.
    public var spans: [FindingSpan]
    /// The corrected or expected text, when the check knows it (الإجتماع → الاجتماع).
    public var suggestion: String?

    public init(
        check: String, severity: Severity, message: String, forms: [FindingForm] = [],
        sourceSentences: [Int] = [], targetSentences: [Int] = [], spans: [FindingSpan] = [],
        suggestion: String? = nil
    ) {
        self.check = check
        self.severity = severity
        self.message = message
        self.forms = forms
        self.sourceSentences = sourceSentences
        self.targetSentences = targetSentences
        self.spans = spans
        self.suggestion = suggestion
    }

    enum CodingKeys: String, CodingKey {
        case check, severity, message, forms, suggestion, spans
        case sourceSentences = "source_sentences"
        case targetSentences = "target_sentences"
    }
}
