extension XLIFFDocument {
    /// A draft as XLIFF units: one unit per sentence (id "s1", "s2", …), the draft as
    /// the initial target, each glossary match as a term annotation. A match whose
    /// scalar range does not hold its surface text is left out rather than misplaced.
    ///
    /// ```swift
    /// XLIFFWriter(version: .v2_1).write(XLIFFDocument(draft: document, original: "article.txt"))
    /// ```
    public init(draft: DraftDocument, original: String, sourceLanguage: String = "ar", targetLanguage: String = "en") {
        let units = draft.sentences.map { sentence -> XLIFFUnit in
            let scalars = Array(sentence.source.unicodeScalars)
            let terms = sentence.matches.compactMap { m -> XLIFFTermAnnotation? in
                guard m.start >= 0, m.start < m.end, m.end <= scalars.count,
                      ArabicWordForms.string(scalars[m.start..<m.end]) == m.surface else { return nil }
                return XLIFFTermAnnotation(range: m.start..<m.end, english: m.english, arabic: m.arabic)
            }
            return XLIFFUnit(id: "s\(sentence.index + 1)", source: sentence.source, target: sentence.draft, terms: terms)
        }
        self.init(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, original: original, units: units)
    }
}
