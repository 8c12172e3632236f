/// Turns the cells of one TSV or CSV row into a `GlossaryEntry`, given the columns
/// the header named. Shared by `TSVGlossaryReader` and `CSVGlossaryReader`.
public struct GlossaryRowDecoder: Sendable {
    /// The header's columns, in order.
    public let columns: [GlossaryField]

    /// Checks a header: every cell must name a known column, none twice, and both
    /// `arabic` and `english` must be present. `columnOf(i)` gives cell `i`'s column for messages.
    public init(header: [String], line: Int, columnOf: (Int) -> Int) throws(GlossaryReadError) {
        var fields: [GlossaryField] = []
        for (i, name) in header.enumerated() {
            guard let field = GlossaryField(header: name) else {
                let known = GlossaryField.exportOrder.map(\.rawValue).joined(separator: " ")
                throw GlossaryReadError(line: line, column: columnOf(i),
                                        problem: "unknown column '\(name)' in the header (known: \(known))")
            }
            if fields.contains(field) {
                throw GlossaryReadError(line: line, column: columnOf(i), problem: "column '\(name)' appears twice in the header")
            }
            fields.append(field)
        }
        for required in [GlossaryField.arabic, .english] where !fields.contains(required) {
            throw GlossaryReadError(line: line, column: 1, problem: "the header has no '\(required.rawValue)' column")
        }
        columns = fields
    }

    /// The columns of OmegaT's headerless glossary: source, target, comment.
    public init(omegaT columnCount: Int) {
        columns = Array([GlossaryField.arabic, .english, .note].prefix(columnCount))
    }

    /// Whether a row looks like a header (every cell a known column name, `arabic` among them).
    public static func looksLikeHeader(_ cells: [String]) -> Bool {
        let fields = cells.compactMap(GlossaryField.init(header:))
        return fields.count == cells.count && fields.contains(.arabic)
    }

    /// Whether a row looks like a header with a typo or a missing column: ASCII words only,
    /// one of them `arabic` or `english`, or all of them column names.
    public static func looksLikeBrokenHeader(_ cells: [String]) -> Bool {
        let names = cells.map { $0.trimmingWhitespace().lowercased() }
        let asciiWords = names.allSatisfy { name in
            !name.isEmpty && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || $0 == "-" || $0 == " ") }
        }
        let allKnown = cells.allSatisfy { GlossaryField(header: $0) != nil }
        return asciiWords && (names.contains("arabic") || names.contains("english") || allKnown)
    }

    /// Builds the entry of one row. `cells` are already unescaped; `columnOf(i)` gives cell `i`'s column.
    public func entry(cells: [String], line: Int, columnOf: (Int) -> Int) throws(GlossaryReadError) -> GlossaryEntry {
        guard cells.count == columns.count else {
            let what = cells.count < columns.count ? "missing" : "extra"
            let column = cells.count < columns.count ? columnOf(max(cells.count - 1, 0)) : columnOf(columns.count)
            let names = columns.map(\.rawValue).joined(separator: ", ")
            throw GlossaryReadError(line: line, column: column,
                                    problem: "\(cells.count) columns where \(columns.count) were expected (\(names)): a \(what) column")
        }
        var entry = GlossaryEntry(arabic: "", english: "")
        for (i, field) in columns.enumerated() {
            let raw = cells[i]
            let value = raw.trimmingWhitespace()
            func bad(_ problem: String) -> GlossaryReadError {
                GlossaryReadError(line: line, column: columnOf(i), problem: problem)
            }
            switch field {
            case .arabic: entry.arabic = value
            case .english: entry.english = value
            case .type:
                if !value.isEmpty {
                    guard let type = GlossaryEntryValidator.normalizedType(value) else {
                        throw bad("type '\(value)' must be one word of letters, digits, '-' or '_'")
                    }
                    entry.type = type
                }
            case .note: entry.note = value.isEmpty ? nil : value
            case .variants: entry.variants = GlossaryList.split(raw)
            case .arabicVariants: entry.arabicVariants = GlossaryList.split(raw)
            case .deprecated: entry.deprecated = GlossaryList.split(raw)
            case .domain: entry.domain = value.isEmpty ? nil : value
            case .source: entry.source = value.isEmpty ? nil : value
            case .status:
                if !value.isEmpty {
                    guard let status = EntryStatus(rawValue: value.lowercased()) else {
                        throw bad("status '\(value)' is not one of approved, draft, deprecated")
                    }
                    entry.status = status
                }
            case .created, .updated:
                if !value.isEmpty {
                    guard let date = GlossaryDate.parse(value) else {
                        throw bad("\(field.rawValue) time '\(value)' is not of the form 2024-05-01T09:30:00Z")
                    }
                    if field == .created { entry.createdAt = date } else { entry.updatedAt = date }
                }
            }
        }
        if let problem = GlossaryEntryValidator.problem(with: entry) {
            let field: GlossaryField = entry.arabic.isEmpty ? .arabic : .english
            throw GlossaryReadError(line: line, column: columnOf(columns.firstIndex(of: field) ?? 0), problem: problem)
        }
        return entry
    }
}
