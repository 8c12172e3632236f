/// Reads tab-separated glossaries.
///
/// With a header naming columns among `arabic english type note variants` (and the
/// richer ones of `GlossaryField`), or headerless as OmegaT writes them: source
/// (Arabic), target (English), optional comment. Cells may escape a tab, line break
/// or backslash as `\t`, `\n`, `\r`, `\\`. Blank lines and lines starting with `#` are skipped.
///
/// ```
/// arabic	english	type	note	variants
/// قوة القدس	Quds Force	organization	elite unit of the IRGC	Qods Force
/// ```
public struct TSVGlossaryReader: Sendable {
    /// Stop collecting errors after this many.
    public var maximumErrors = 50

    public init() {}

    /// Every entry of `text` with its line, or every problem found (up to `maximumErrors`).
    public func read(_ text: String) throws(GlossaryReadErrors) -> GlossaryDocument {
        var document = GlossaryDocument()
        var errors: [GlossaryReadError] = []
        var decoder: GlossaryRowDecoder?
        var lineNumber = 0
        for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var bytes = rawLine[...]
            if bytes.last == 0x0D { bytes = bytes.dropLast() }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || bytes.first == 0x23 { continue }
            let cells = bytes.split(separator: 0x09, omittingEmptySubsequences: false)
                .map { Self.unescape(String(decoding: $0, as: UTF8.self)) }
            let line = String(decoding: bytes, as: UTF8.self)
            let columnOf = { (i: Int) in Self.column(ofCell: i, in: line) }
            do throws(GlossaryReadError) {
                if decoder == nil {
                    if GlossaryRowDecoder.looksLikeHeader(cells) || GlossaryRowDecoder.looksLikeBrokenHeader(cells) {
                        decoder = try GlossaryRowDecoder(header: cells, line: lineNumber, columnOf: columnOf)
                        continue
                    }
                    guard (2...3).contains(cells.count) else {
                        throw GlossaryReadError(line: lineNumber, column: 1, problem:
                            "a file without a header must have 2 or 3 tab-separated columns (OmegaT: source, target, comment), not \(cells.count); or start it with a header such as 'arabic<TAB>english<TAB>type<TAB>note<TAB>variants'")
                    }
                    decoder = GlossaryRowDecoder(omegaT: 3)
                }
                guard let rows = decoder else { continue }
                var rowCells = cells
                if rows.columns == [.arabic, .english, .note], rowCells.count == 2 { rowCells.append("") }
                document.append(try rows.entry(cells: rowCells, line: lineNumber, columnOf: columnOf), line: lineNumber)
            } catch {
                errors.append(error)
                if errors.count >= maximumErrors { break }
                if decoder == nil { break }
            }
        }
        if !errors.isEmpty { throw GlossaryReadErrors(errors) }
        return document
    }

    /// The 1-based column (in scalars) where cell `index` of `line` starts.
    static func column(ofCell index: Int, in line: String) -> Int {
        var column = 1, cell = 0
        for s in line.unicodeScalars {
            if cell == index { return column }
            if s == "\t" { cell += 1 }
            column += 1
        }
        return column
    }

    /// Undoes `TSVGlossaryWriter.escape`: `\t`, `\n`, `\r`, `\\`; other backslashes stay.
    public static func unescape(_ cell: String) -> String {
        guard cell.utf8.contains(0x5C) else { return cell }
        var out = String.UnicodeScalarView()
        var iterator = cell.unicodeScalars.makeIterator()
        while let s = iterator.next() {
            guard s == "\\" else { out.append(s); continue }
            guard let next = iterator.next() else { out.append(s); break }
            switch next {
            case "t": out.append("\t")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "\\": out.append("\\")
            default: out.append(s); out.append(next)
            }
        }
        return String(out)
    }
}
