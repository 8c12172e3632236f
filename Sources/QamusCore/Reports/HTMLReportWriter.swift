/// Writes a `CheckReport` as one self-contained HTML page (no scripts, fonts or
/// images from the network): source and target side by side, one row per aligned
/// group, the Arabic cells right-to-left, glossary matches highlighted with their
/// English as a tooltip, findings listed and linked to their rows (and back).
public struct HTMLReportWriter: Sendable {
    /// Page title.
    public var title: String

    public init(title: String = "Qamus check") { self.title = title }

    public func write(_ report: CheckReport) -> String {
        let c = report.context
        var rowOfSource: [Int: Int] = [:], rowOfTarget: [Int: Int] = [:]
        let rows: [AlignmentPair] = c.target == nil ? c.source.indices.map { AlignmentPair(source: [$0], target: []) } : c.alignment
        for (r, pair) in rows.enumerated() {
            for s in pair.source { rowOfSource[s] = r }
            for t in pair.target { rowOfTarget[t] = r }
        }
        var findingsOfRow: [Int: [Int]] = [:]
        for (i, f) in report.findings.enumerated() {
            let rs = Set(f.sourceSentences.compactMap { rowOfSource[$0] } + f.targetSentences.compactMap { rowOfTarget[$0] })
            for r in rs { findingsOfRow[r, default: []].append(i) }
        }
        var h = """
        <!DOCTYPE html>
        <html lang="en" dir="ltr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>\(Self.css)</style>
        </head>
        <body>
        <h1>\(escape(title))</h1>

        """
        h += summary(report)
        h += "<section id=\"findings\"><h2>Findings</h2>\n"
        if report.findings.isEmpty { h += "<p>No findings.</p>\n" }
        h += "<ol class=\"findings\">\n"
        for (i, f) in report.findings.enumerated() {
            let rs = Array(Set(f.sourceSentences.compactMap { rowOfSource[$0] } + f.targetSentences.compactMap { rowOfTarget[$0] })).sorted()
            let links = rs.map { "<a href=\"#row-\($0 + 1)\">row \($0 + 1)</a>" }.joined(separator: " ")
            h += "<li id=\"finding-\(i + 1)\" class=\"\(f.severity.rawValue)\"><span class=\"sev\">\(f.severity.rawValue)</span> "
            h += "<code>\(f.check)</code> \(isolatingArabic(f.message)) \(links)</li>\n"
        }
        h += "</ol></section>\n"
        h += "<section id=\"text\"><h2>Text</h2>\n<table class=\"aligned\">\n<thead><tr><th>#</th><th lang=\"ar\" dir=\"rtl\">المصدر (source)</th>"
        if c.target != nil { h += "<th>Translation</th>" }
        h += "<th>Findings</th></tr></thead>\n<tbody>\n"
        for (r, pair) in rows.enumerated() {
            let marks = findingsOfRow[r] ?? []
            let worst = marks.map { report.findings[$0].severity }.max()
            h += "<tr id=\"row-\(r + 1)\"\(worst.map { " class=\"has-\($0.rawValue)\"" } ?? "")><td class=\"n\">\(r + 1)</td>"
            h += "<td class=\"src\" lang=\"ar\" dir=\"rtl\">"
            h += pair.source.map { s in "<p id=\"s-\(s + 1)\"><span class=\"idx\">S\(s + 1)</span> \(highlight(c.source[s], s, c, report.findings))</p>" }.joined()
            h += "</td>"
            if let target = c.target {
                h += "<td class=\"tgt\" lang=\"en\" dir=\"ltr\">"
                h += pair.target.map { t in "<p id=\"t-\(t + 1)\"><span class=\"idx\">T\(t + 1)</span> \(targetHTML(target[t], t, pair.source, c, report.findings))</p>" }.joined()
                if pair.target.isEmpty { h += "<p class=\"missing\">(no translation)</p>" }
                h += "</td>"
            }
            h += "<td class=\"f\">" + marks.map { "<a class=\"\(report.findings[$0].severity.rawValue)\" href=\"#finding-\($0 + 1)\">\($0 + 1)</a>" }.joined(separator: " ") + "</td></tr>\n"
        }
        h += "</tbody></table></section>\n</body>\n</html>\n"
        return h
    }

    private func summary(_ report: CheckReport) -> String {
        let counts = Severity.allCases.reversed().map { s in
            let n = report.findings.filter { $0.severity == s }.count
            return "\(n) \(s.rawValue)\(n == 1 ? "" : "s")"
        }
        var text = "\(report.context.source.count) source sentences"
        if let t = report.context.target { text += ", \(t.count) target sentences, \(report.context.alignment.count) aligned rows" }
        return "<p class=\"summary\">\(text). Findings: \(counts.joined(separator: ", ")).</p>\n"
    }

    /// Source sentence with glossary matches as <mark> and finding spans underlined.
    private func highlight(_ text: String, _ s: Int, _ c: CheckContext, _ findings: [Finding]) -> String {
        var marks: [(Range<Int>, String, String)] = c.sourceTerms[s].map { ($0.range, "term", $0.entry.english) }
        for f in findings { for span in f.spans where span.side == .source && span.sentence == s { marks.append((span.range, "flag \(f.severity.rawValue)", f.check)) } }
        return render(text, marks)
    }

    /// Target sentence with flagged spans, and the glossary renderings of its source's terms marked.
    private func targetHTML(_ text: String, _ t: Int, _ sources: [Int], _ c: CheckContext, _ findings: [Finding]) -> String {
        var marks: [(Range<Int>, String, String)] = []
        for f in findings { for span in f.spans where span.side == .target && span.sentence == t { marks.append((span.range, "flag \(f.severity.rawValue)", f.check)) } }
        let prepared = c.locator.prepare(text)
        var seen = Set<String>()
        for s in sources {
            for term in c.sourceTerms[s] where seen.insert(term.entry.english).inserted {
                for form in [term.entry.english] + term.entry.variants {
                    marks += c.locator.ranges(of: form, in: prepared).map { ($0, "term", term.entry.arabic) }
                }
            }
        }
        return render(text, marks)
    }

    /// Escapes `text`, wrapping non-overlapping marked ranges (first wins).
    private func render(_ text: String, _ marks: [(Range<Int>, String, String)]) -> String {
        let scalars = Array(text.unicodeScalars)
        var chosen: [(Range<Int>, String, String)] = []
        for m in marks.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) where m.0.upperBound <= scalars.count {
            if let last = chosen.last, last.0.upperBound > m.0.lowerBound { continue }
            chosen.append(m)
        }
        var out = "", i = 0
        for (range, cls, title) in chosen {
            out += escape(ArabicWordForms.string(scalars[i..<range.lowerBound]))
            let tag = cls == "term" ? "mark" : "span"
            out += "<\(tag) class=\"\(cls)\" title=\"\(escape(title))\">\(escape(ArabicWordForms.string(scalars[range])))</\(tag)>"
            i = range.upperBound
        }
        return out + escape(ArabicWordForms.string(scalars[i...]))
    }

    /// Escapes `text`, wrapping each run of Arabic words in `<bdi dir="rtl">` so that a
    /// mixed message ("ايران ×1, إيران ×3; the glossary prefers إيران") keeps its order.
    func isolatingArabic(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = "", i = 0
        while i < scalars.count {
            guard ArabicScalar.isArabicScript(scalars[i]) else {
                var j = i
                while j < scalars.count, !ArabicScalar.isArabicScript(scalars[j]) { j += 1 }
                out += escape(ArabicWordForms.string(scalars[i..<j]))
                i = j
                continue
            }
            var j = i, end = i
            while j < scalars.count {
                if ArabicScalar.isArabicScript(scalars[j]) { j += 1; end = j; continue }
                if scalars[j] == " " || scalars[j] == "\u{201C}" || scalars[j] == "\u{201D}" || scalars[j] == "[" || scalars[j] == "]" { j += 1; continue }
                break
            }
            out += "<bdi dir=\"rtl\" lang=\"ar\">" + escape(ArabicWordForms.string(scalars[i..<end])) + "</bdi>"
            i = end
        }
        return out
    }

    func escape(_ s: String) -> String { MarkupEscaper.escape(s) }

    private static let css = """
    body{font-family:"Noto Sans","DejaVu Sans",sans-serif;margin:1.5em;color:#222;background:#fff}
    h1{font-size:1.4em}h2{font-size:1.15em;border-bottom:1px solid #ccc}
    .summary{color:#555}
    table.aligned{border-collapse:collapse;width:100%;table-layout:fixed}
    table.aligned th,table.aligned td{border:1px solid #ddd;padding:.4em .6em;vertical-align:top}
    table.aligned td.n,table.aligned th:first-child{width:2.5em;text-align:center;color:#777}
    table.aligned td.f,table.aligned th:last-child{width:5em}
    td.src{font-family:"Noto Naskh Arabic","Noto Sans Arabic","DejaVu Sans",serif;font-size:1.1em;text-align:right;line-height:1.8}
    td p{margin:.2em 0}
    .idx{font-size:.75em;color:#888;font-family:sans-serif}
    mark.term{background:#e4f1d9;border-bottom:2px solid #6a9f3a;padding:0 .1em}
    span.flag{text-decoration:underline wavy;text-underline-offset:.25em}
    span.flag.error{text-decoration-color:#c62828;background:#fdecea}
    span.flag.warning{text-decoration-color:#e08a00;background:#fff4e0}
    span.flag.info{text-decoration-color:#1565c0}
    tr.has-error td.n{background:#fdecea}tr.has-warning td.n{background:#fff4e0}
    .missing{color:#c62828;font-style:italic}
    ol.findings li{margin:.3em 0}
    .sev{display:inline-block;min-width:4.5em;font-size:.8em;text-transform:uppercase;font-weight:bold}
    li.error .sev,a.error{color:#c62828}li.warning .sev,a.warning{color:#b06a00}li.info .sev{color:#1565c0}
    :target{outline:2px solid #1565c0}
    """
}
