/// Splits RFC 4180 text into records of fields: fields separated by commas,
/// records by CRLF or LF, quoted fields may hold commas, line breaks and `""`.
/// Each field carries the line and column (in scalars, 1-based) where it starts.
public struct CSVRecordReader: Sendable {
    public struct Field: Sendable, Equatable {
        public var text: String
        public var line: Int
        public var column: Int
    }

    public init() {}

    /// The records of `text` (blank lines skipped), or the first syntax error.
    public func records(_ text: String) throws(GlossaryReadError) -> [[Field]] {
        var records: [[Field]] = []
        var record: [Field] = []
        var field = String.UnicodeScalarView()
        var line = 1, column = 1
        var fieldLine = 1, fieldColumn = 1
        var quoted = false, afterQuote = false, quoteLine = 1, quoteColumn = 1
        var fieldStarted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endField() {
            record.append(Field(text: String(field), line: fieldLine, column: fieldColumn))
            field = String.UnicodeScalarView()
            fieldStarted = false
            afterQuote = false
        }
        func endRecord() {
            if !(record.isEmpty && !fieldStarted && field.isEmpty) { endField() }
            if !(record.count == 1 && record[0].text.isEmpty && !quotedEmpty) { records.append(record) }
            record = []
        }
        var quotedEmpty = false

        while let s = pending ?? iterator.next() {
            pending = nil
            if !fieldStarted {
                fieldStarted = true
                fieldLine = line; fieldColumn = column
                if record.isEmpty { quotedEmpty = false }
                if s == "\"" {
                    quoted = true; quoteLine = line; quoteColumn = column
                    if record.isEmpty { quotedEmpty = true }
                    column += 1
                    continue
                }
            }
            if quoted {
                if s == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.append("\""); column += 2; continue }
                    quoted = false; afterQuote = true; column += 1
                    pending = next
                    continue
                }
                field.append(s)
                if s == "\n" { line += 1; column = 1 } else { column += 1 }
                continue
            }
            switch s {
            case ",":
                endField()
                column += 1
                fieldStarted = true; fieldLine = line; fieldColumn = column
                if let next = iterator.next() {
                    if next == "\"" {
                        quoted = true; quoteLine = line; quoteColumn = column; column += 1
                    } else {
                        pending = next
                        fieldStarted = false
                    }
                } else {
                    fieldStarted = true
                }
            case "\r":
                let next = iterator.next()
                if next != "\n" { pending = next }
                endRecord(); line += 1; column = 1
            case "\n":
                endRecord(); line += 1; column = 1
            default:
                if afterQuote {
                    throw GlossaryReadError(line: line, column: column, problem: "unexpected '\(s)' after a closing quote; a quote inside a quoted field is written \"\"")
                }
                if s == "\"" {
                    throw GlossaryReadError(line: line, column: column, problem: "a quote inside an unquoted field; quote the whole field and double the quote (\"\")")
                }
                field.append(s)
                column += 1
            }
        }
        if quoted {
            throw GlossaryReadError(line: quoteLine, column: quoteColumn, problem: "this quoted field is never closed")
        }
        if fieldStarted || !record.isEmpty { endRecord() }
        return records
    }
}
