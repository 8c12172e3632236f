import Foundation

/// Renders a `DraftDocument` as terminal text, Markdown or JSON.
public struct DraftRenderer: Sendable {
    /// Output formats of `qamus draft`.
    public enum Format: String, Sendable, CaseIterable {
        case text, json, markdown
        /// XLIFF for CAT tools: one unit per sentence, the draft as initial target,
        /// glossary matches as term annotations. Written whole, not streamed.
        case xliff
    }

    /// Whether to colour the text format with ANSI escapes.
    public var color: Bool
    /// The XLIFF version for `.xliff`.
    public var xliffVersion: XLIFFVersion
    /// The source file name recorded in XLIFF's `original`.
    public var original: String

    public init(color: Bool = false, xliffVersion: XLIFFVersion = .v2_1, original: String = "document.ar.txt") {
        self.color = color
        self.xliffVersion = xliffVersion
        self.original = original
    }

    /// The rendered document.
    public func render(_ document: DraftDocument, as format: Format) throws -> String {
        if format == .xliff {
            return XLIFFWriter(version: xliffVersion).write(XLIFFDocument(draft: document, original: original))
        }
        var out = header(format)
        var previous: DraftSentence?
        for s in document.sentences {
            out += try sentence(s, after: previous, as: format)
            previous = s
        }
        return out + footer(format, empty: document.sentences.isEmpty)
    }

    /// What comes before the first sentence.
    public func header(_ format: Format) -> String {
        switch format {
        case .json: return "{\n  \"sentences\" : ["
        case .markdown: return "# Draft\n"
        case .text, .xliff: return ""
        }
    }

    /// What comes after the last sentence.
    public func footer(_ format: Format, empty: Bool) -> String {
        switch format {
        case .json: return empty ? "\n\n  ]\n}\n" : "\n  ]\n}\n"
        case .markdown, .text, .xliff: return ""
        }
    }

    /// One sentence, given the one before it (for separators and paragraph headings).
    public func sentence(_ s: DraftSentence, after previous: DraftSentence?, as format: Format) throws -> String {
        switch format {
        case .json:
            // What JSONEncoder (pretty, sorted keys) writes, indented under "sentences".
            var compact: [UInt8] = []
            DraftJSONWriter.sentence(s, into: &compact)
            var out = Array((previous == nil ? "\n    " : ",\n    ").utf8)
            JSONPrettyPrinter.append(compact, margin: "    ", to: &out)
            return String(decoding: out, as: UTF8.self)
        case .markdown:
            return markdown(s, newParagraph: previous?.paragraph != s.paragraph)
        case .text, .xliff:
            return text(s, newParagraph: previous?.paragraph != s.paragraph, first: previous == nil)
        }
    }

    private func paint(_ s: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }

    /// Terminal text for one sentence: the Arabic, the English line, the terms and the name candidates.
    func text(_ s: DraftSentence, newParagraph: Bool, first: Bool) -> String {
        var out = ""
        if newParagraph {
            if !first { out += "\n" }
            out += paint("¶ \(s.paragraph + 1)", "2") + "\n"
        }
        out += "[\(s.index + 1)] \(s.source)\n"
        out += "    " + paint("EN: " + s.draft, "1") + "\n"
        if !s.matches.isEmpty {
            let terms = s.matches.map { m in
                "\(m.surface) → \(paint(m.english, "36"))" + (m.alternatives.map { " (or: \($0.joined(separator: ", ")))" } ?? "")
            }
            out += "    terms: " + terms.joined(separator: " · ") + "\n"
        }
        if !s.unknown.isEmpty {
            let names = s.unknown.map { "\($0.surface) → \(paint($0.transliteration, "33"))" + ($0.origin == "model" ? "?" : "") }
            out += "    names not in glossary: " + names.joined(separator: " · ") + "\n"
        }
        return out
    }

    /// Markdown for one sentence: the Arabic (right-to-left), the draft, and a term table.
    func markdown(_ s: DraftSentence, newParagraph: Bool) -> String {
        var out = ""
        if newParagraph { out += "\n## Paragraph \(s.paragraph + 1)\n" }
        out += "\n**\(s.index + 1).** <span dir=\"rtl\" lang=\"ar\">\(escapeMarkdown(s.source))</span>\n\n"
        out += "> \(escapeMarkdown(s.draft))\n"
        if !s.matches.isEmpty || !s.unknown.isEmpty {
            out += "\n| Arabic | English | kind |\n| --- | --- | --- |\n"
            for m in s.matches { out += "| \(escapeMarkdown(m.surface)) | \(escapeMarkdown(m.english)) | glossary: \(m.type) |\n" }
            for u in s.unknown { out += "| \(escapeMarkdown(u.surface)) | \(escapeMarkdown(u.transliteration)) | name candidate (\(u.origin)) |\n" }
        }
        return out
    }

    private func escapeMarkdown(_ s: String) -> String {
        var out = ""
        for c in s {
            if "|*_`<>[]\\".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
