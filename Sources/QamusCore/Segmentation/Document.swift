/// A text cut into paragraphs and sentences. All offsets are Unicode scalar
/// offsets into `text`, end exclusive.
public struct Document: Sendable {
    /// The whole text as given.
    public let text: String
    /// `text`'s Unicode scalars, for offset arithmetic.
    public let scalars: [Unicode.Scalar]
    /// Paragraphs in order.
    public let paragraphs: [Paragraph]
    /// Sentences in order, across all paragraphs.
    public let sentences: [Sentence]

    public init(text: String, scalars: [Unicode.Scalar], paragraphs: [Paragraph], sentences: [Sentence]) {
        self.text = text
        self.scalars = scalars
        self.paragraphs = paragraphs
        self.sentences = sentences
    }

    /// The substring for a scalar range.
    public func substring(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }
}

/// A paragraph: text between blank lines.
public struct Paragraph: Sendable, Hashable {
    /// 0-based paragraph index.
    public var index: Int
    /// Scalar range in the document, trimmed of surrounding whitespace.
    public var range: Range<Int>
}

/// A sentence within a paragraph.
public struct Sentence: Sendable, Hashable {
    /// 0-based sentence index in the document.
    public var index: Int
    /// 0-based index of the paragraph holding it.
    public var paragraph: Int
    /// Scalar range in the document, trimmed of surrounding whitespace.
    public var range: Range<Int>
    /// The sentence text.
    public var text: String
}
