/// Cuts a text into a `Document`: paragraphs, then sentences.
public struct DocumentSegmenter: Sendable {
    public var paragraphSegmenter: ParagraphSegmenter
    public var sentenceSegmenter: SentenceSegmenter

    public init(paragraphSegmenter: ParagraphSegmenter = .init(), sentenceSegmenter: SentenceSegmenter = .init()) {
        self.paragraphSegmenter = paragraphSegmenter
        self.sentenceSegmenter = sentenceSegmenter
    }

    /// Segments `text`.
    public func segment(_ text: String) -> Document {
        let scalars = Array(text.unicodeScalars)
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        for (p, range) in paragraphSegmenter.paragraphs(in: scalars).enumerated() {
            paragraphs.append(Paragraph(index: p, range: range))
            for s in sentenceSegmenter.sentences(in: scalars, range: range) {
                sentences.append(Sentence(index: sentences.count, paragraph: p, range: s, text: String(scalars: scalars[s])))
            }
        }
        return Document(text: text, scalars: scalars, paragraphs: paragraphs, sentences: sentences)
    }
}
