import Foundation

/// Writes a `CheckReport` as JSON:
///
/// ```json
/// {"findings": [{"check": "term-mismatch", "severity": "error", "message": "…",
///                "forms": [{"text": "…", "count": 2, "sentences": [0, 4], "preferred": false}],
///                "source_sentences": [3], "target_sentences": [3],
///                "spans": [{"side": "source", "sentence": 3, "start": 10, "end": 15}],
///                "suggestion": "…"}],
///  "alignment": [{"source": [0], "target": [0]}],
///  "summary": {"error": 1, "warning": 0, "info": 0}}
/// ```
///
/// Sentence indices are 0-based; span offsets are Unicode scalar offsets into the sentence text.
public struct JSONReportWriter: Sendable {
    public init() {}

    private struct Document: Encodable {
        var findings: [Finding]
        var alignment: [AlignmentPair]
        var summary: [String: Int]
        var sentences: Sentences
    }

    private struct Sentences: Encodable {
        var source: [String]
        var target: [String]?
    }

    /// The report as UTF-8 JSON, pretty-printed with sorted keys.
    public func write(_ report: CheckReport) throws -> String {
        var summary: [String: Int] = [:]
        for severity in Severity.allCases { summary[severity.rawValue] = report.findings.filter { $0.severity == severity }.count }
        let document = Document(
            findings: report.findings, alignment: report.context.alignment, summary: summary,
            sentences: Sentences(source: report.context.source, target: report.context.target))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(document)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
