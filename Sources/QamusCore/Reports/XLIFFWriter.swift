/// Writes units as XLIFF 2.1 (default) or 1.2 for CAT tools such as OmegaT: one unit
/// per sentence, the draft as an initial target, glossary matches as term annotations.
///
/// - 2.1: `<mrk type="term" value="English">` around each match in the source, the
///   Glossary module (`gls:glossary`) listing term and translation, the draft target in
///   `<segment state="initial">`; the file declares `srcDir="rtl"`.
/// - 1.2: `<mrk mtype="term" comment="English">` in the source, the draft in
///   `<target state="needs-review-translation">`, and a `<note>` listing the terms.
public struct XLIFFWriter: Sendable {
    public var version: XLIFFVersion

    public init(version: XLIFFVersion = .v2_1) { self.version = version }

    public func write(_ document: XLIFFDocument) -> String {
        switch version {
        case .v2_1: return write21(document)
        case .v1_2: return write12(document)
        }
    }

    private func write21(_ d: XLIFFDocument) -> String {
        var x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        x += "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" xmlns:gls=\"urn:oasis:names:tc:xliff:glossary:2.0\""
        x += " version=\"2.1\" srcLang=\"\(attr(d.sourceLanguage))\" trgLang=\"\(attr(d.targetLanguage))\">\n"
        x += "  <file id=\"f1\" original=\"\(attr(d.original))\" srcDir=\"rtl\" trgDir=\"ltr\">\n"
        for (n, unit) in d.units.enumerated() {
            let terms = nonOverlapping(unit)
            x += "    <unit id=\"\(nmtoken(unit.id, n))\">\n"
            if !terms.isEmpty {
                x += "      <gls:glossary>\n"
                for (k, term) in terms.enumerated() {
                    x += "        <gls:glossEntry ref=\"#m\(k + 1)\">\n"
                    x += "          <gls:term source=\"qamus\">\(text(term.arabic ?? slice(unit.source, term.range)))</gls:term>\n"
                    x += "          <gls:translation>\(text(term.english))</gls:translation>\n"
                    x += "        </gls:glossEntry>\n"
                }
                x += "      </gls:glossary>\n"
            }
            x += "      <segment id=\"s\(n + 1)\" state=\"initial\">\n"
            let source = annotated(unit.source, terms) { k, t in "<mrk id=\"m\(k + 1)\" type=\"term\" value=\"\(attr(t.english))\">" }
            x += "        <source>\(source)</source>\n"
            if let target = unit.target { x += "        <target>\(text(target))</target>\n" }
            x += "      </segment>\n    </unit>\n"
        }
        x += "  </file>\n</xliff>\n"
        return x
    }

    private func write12(_ d: XLIFFDocument) -> String {
        var x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        x += "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\">\n"
        x += "  <file original=\"\(attr(d.original))\" source-language=\"\(attr(d.sourceLanguage))\""
        x += " target-language=\"\(attr(d.targetLanguage))\" datatype=\"plaintext\">\n    <body>\n"
        for (n, unit) in d.units.enumerated() {
            let terms = nonOverlapping(unit)
            x += "      <trans-unit id=\"\(attr(unit.id.isEmpty ? String(n + 1) : unit.id))\">\n"
            x += "        <source xml:lang=\"\(attr(d.sourceLanguage))\">"
            x += annotated(unit.source, terms) { k, t in "<mrk mtype=\"term\" mid=\"m\(k + 1)\" comment=\"\(attr(t.english))\">" }
            x += "</source>\n"
            if let target = unit.target {
                x += "        <target xml:lang=\"\(attr(d.targetLanguage))\" state=\"needs-review-translation\">\(text(target))</target>\n"
            }
            if !terms.isEmpty {
                let list = terms.map { "\(slice(unit.source, $0.range)) = \($0.english)" }.joined(separator: "; ")
                x += "        <note from=\"qamus\">Glossary: \(text(list))</note>\n"
            }
            x += "      </trans-unit>\n"
        }
        x += "    </body>\n  </file>\n</xliff>\n"
        return x
    }

    /// Term annotations sorted, overlapping ones dropped, ranges clamped to the source.
    private func nonOverlapping(_ unit: XLIFFUnit) -> [XLIFFTermAnnotation] {
        let count = unit.source.unicodeScalars.count
        var result: [XLIFFTermAnnotation] = []
        for t in unit.terms.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
        where t.range.upperBound <= count && !t.range.isEmpty && (result.last?.range.upperBound ?? 0) <= t.range.lowerBound {
            result.append(t)
        }
        return result
    }

    private func annotated(
        _ source: String, _ terms: [XLIFFTermAnnotation], open: (Int, XLIFFTermAnnotation) -> String
    ) -> String {
        let close = "</mrk>"
        let scalars = Array(source.unicodeScalars)
        var out = "", i = 0
        for (k, t) in terms.enumerated() {
            out += text(ArabicWordForms.string(scalars[i..<t.range.lowerBound]))
            out += open(k, t) + text(ArabicWordForms.string(scalars[t.range])) + close
            i = t.range.upperBound
        }
        return out + text(ArabicWordForms.string(scalars[i...]))
    }

    private func slice(_ s: String, _ r: Range<Int>) -> String {
        ArabicWordForms.string(Array(s.unicodeScalars)[r])
    }

    /// An id usable as xs:NMTOKEN (letters, digits, . - _ :), else "u" + position.
    private func nmtoken(_ id: String, _ n: Int) -> String {
        let ok = !id.isEmpty && id.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-:".unicodeScalars.contains($0) }
        return ok ? id : "u\(n + 1)"
    }

    /// Character data: & < > escaped; characters XML 1.0 forbids dropped.
    private func text(_ s: String) -> String { MarkupEscaper.escape(s) }
    private func attr(_ s: String) -> String { MarkupEscaper.escape(s, attribute: true) }

}
