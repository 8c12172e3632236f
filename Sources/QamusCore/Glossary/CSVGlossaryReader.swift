/// Reads comma-separated glossaries (RFC 4180) whose first record is a header
/// naming columns among `arabic english type note variants` and the other `GlossaryField`s.
///
/// ```
/// arabic,english,type,note,variants
/// الحرس الثوري,Revolutionary Guard Corps,organization,,"IRGC|Revolutionary Guards"
/// ```
public struct CSVGlossaryReader: Sendable {
    /// Stop collecting errors after this many.
    public var maximumErrors = 50

    public init() {}

    public func read(_ text: String) throws(GlossaryReadErrors) -> GlossaryDocument {
        let records: [[CSVRecordReader.Field]]
        do { records = try CSVRecordReader().records(text) } catch { throw GlossaryReadErrors([error]) }
        guard let header = records.first else { return GlossaryDocument() }
        let decoder: GlossaryRowDecoder
        do throws(GlossaryReadError) {
            guard GlossaryRowDecoder.looksLikeHeader(header.map(\.text)) || GlossaryRowDecoder.looksLikeBrokenHeader(header.map(\.text)) else {
                throw GlossaryReadError(line: header[0].line, column: header[0].column,
                                        problem: "a CSV glossary must start with a header such as 'arabic,english,type,note,variants'")
            }
            decoder = try GlossaryRowDecoder(header: header.map(\.text), line: header[0].line) { header[min($0, header.count - 1)].column }
        } catch { throw GlossaryReadErrors([error]) }
        var document = GlossaryDocument()
        var errors: [GlossaryReadError] = []
        for record in records.dropFirst() {
            let line = record.first?.line ?? 0
            let columnOf = { (i: Int) -> Int in
                i < record.count ? record[i].column : (record.last.map { $0.column + $0.text.unicodeScalars.count } ?? 1)
            }
            do throws(GlossaryReadError) {
                document.append(try decoder.entry(cells: record.map(\.text), line: line, columnOf: columnOf), line: line)
            } catch {
                errors.append(error)
                if errors.count >= maximumErrors { break }
            }
        }
        if !errors.isEmpty { throw GlossaryReadErrors(errors) }
        return document
    }
}
