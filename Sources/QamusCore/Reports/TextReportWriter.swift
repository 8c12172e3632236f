/// Writes a `CheckReport` for a terminal: one finding per line, then a summary.
///
/// ```
/// warning  source-variant  S5,S6,S7: one term spelled 2 ways: إيران ×2, ايران ×2; the glossary prefers إيران
/// error    term-mismatch   S3→T3: شويغو → glossary "Shoigu" not found in the translation
/// ```
/// Sentence numbers are 1-based here (S1 is the first source sentence), as people count.
public struct TextReportWriter: Sendable {
    public init() {}

    public func write(_ report: CheckReport) -> String {
        var out = ""
        for f in report.findings {
            let severity = f.severity.rawValue.padding(8)
            out += "\(severity) \(f.check.padding(19)) \(Self.location(f)): \(f.message)\n"
        }
        let counts = Severity.allCases.reversed().map { s in (s, report.findings.filter { $0.severity == s }.count) }
        let summary = counts.map { "\($0.1) \($0.0.rawValue)\($0.1 == 1 ? "" : "s")" }.joined(separator: ", ")
        let c = report.context
        var scope = "\(c.source.count) source sentences"
        if let t = c.target {
            let omitted = c.alignment.filter { $0.target.isEmpty }.count
            scope += ", \(t.count) target sentences, \(c.alignment.count) aligned groups (\(omitted) without translation)"
        }
        out += "\(report.findings.count) finding\(report.findings.count == 1 ? "" : "s") (\(summary)) in \(scope)\n"
        return out
    }

    /// "S3→T3", "S1,S5", "T4": where a finding is, 1-based.
    static func location(_ f: Finding) -> String {
        let s = f.sourceSentences.map { "S\($0 + 1)" }.joined(separator: ",")
        let t = f.targetSentences.map { "T\($0 + 1)" }.joined(separator: ",")
        if s.isEmpty { return t.isEmpty ? "-" : t }
        return t.isEmpty ? s : s + "→" + t
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
