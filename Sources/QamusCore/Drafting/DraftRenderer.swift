import Foundation

/// Renders a `DraftDocument` as terminal text, Markdown or JSON.
public struct DraftRenderer: Sendable {
    /// Output formats of `qamus draft`.
    public enum Format: String, Sendable, CaseIterable {
        case text, json, markdown
    }

    /// Whether to colour the text format with ANSI escapes.
    public var color: Bool

    public init(color: Bool = false) { self.color = color }

    /// The rendered document.
    public func render(_ document: DraftDocument, as format: Format) throws -> String {
        switch format {
        case .json: return try json(document)
        case .markdown: return markdown(document)
        case .text: return text(document)
        }
    }

    /// The JSON contract, keys sorted, pretty-printed, with a final newline.
    public func json(_ document: DraftDocument) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    private func paint(_ s: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }

    /// Terminal text: per sentence the Arabic, the English line, the terms and the name candidates.
    public func text(_ document: DraftDocument) -> String {
        var out = ""
        var paragraph = -1
        for s in document.sentences {
            if s.paragraph != paragraph {
                if paragraph >= 0 { out += "\n" }
                out += paint("¶ \(s.paragraph + 1)", "2") + "\n"
                paragraph = s.paragraph
            }
            out += "[\(s.index + 1)] \(s.source)\n"
            out += "    " + paint("EN: ", "1") + paint(s.draft, "1") + "\n"
            if !s.matches.isEmpty {
                let terms = s.matches.map { "\($0.surface) → \(paint($0.english, "36"))" + ($0.alternatives.map { " (or: \($0.joined(separator: ", ")))" } ?? "") }
                out += "    terms: " + terms.joined(separator: " · ") + "\n"
            }
            if !s.unknown.isEmpty {
                let names = s.unknown.map { "\($0.surface) → \(paint($0.transliteration, "33"))" + ($0.origin == "model" ? "?" : "") }
                out += "    names not in glossary: " + names.joined(separator: " · ") + "\n"
            }
        }
        return out
    }

    /// Markdown: a section per paragraph, the Arabic as a quote, the draft, and term tables.
    public func markdown(_ document: DraftDocument) -> String {
        var out = "# Draft\n"
        var paragraph = -1
        for s in document.sentences {
            if s.paragraph != paragraph {
                out += "\n## Paragraph \(s.paragraph + 1)\n"
                paragraph = s.paragraph
            }
            out += "\n**\(s.index + 1).** <span dir=\"rtl\" lang=\"ar\">\(escapeMarkdown(s.source))</span>\n\n"
            out += "> \(escapeMarkdown(s.draft))\n"
            if !s.matches.isEmpty || !s.unknown.isEmpty {
                out += "\n| Arabic | English | kind |\n| --- | --- | --- |\n"
                for m in s.matches { out += "| \(escapeMarkdown(m.surface)) | \(escapeMarkdown(m.english)) | glossary: \(m.type) |\n" }
                for u in s.unknown { out += "| \(escapeMarkdown(u.surface)) | \(escapeMarkdown(u.transliteration)) | name candidate (\(u.origin)) |\n" }
            }
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
