import Foundation

/// A column of the TSV and CSV formats. The header names columns by these raw values.
public enum GlossaryField: String, Sendable, CaseIterable {
    case arabic, english, type, note, variants
    case arabicVariants = "arabic_variants"
    case deprecated, domain, source, status, created, updated

    /// The columns `export` writes, in order: the five first, so a plain
    /// five-column reader still understands the file.
    public static let exportOrder: [GlossaryField] = [
        .arabic, .english, .type, .note, .variants, .arabicVariants, .deprecated,
        .domain, .source, .status, .created, .updated,
    ]

    /// Fields that hold a `|`-separated list.
    public var isList: Bool { self == .variants || self == .arabicVariants || self == .deprecated }

    /// The field a header cell names (case-insensitive; `-` and spaces read as `_`).
    public init?(header: String) {
        let name = header.trimmingWhitespace().lowercased()
            .replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        switch name {
        case "arabic_variant": self = .arabicVariants
        case "variant": self = .variants
        case "created_at": self = .created
        case "updated_at": self = .updated
        case "notes": self = .note
        default: self.init(rawValue: name)
        }
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and line breaks
    /// (invisible format characters such as U+200F are kept: they may be meaningful).
    func trimmingWhitespace() -> String {
        let scalars = Array(unicodeScalars)
        var lo = 0, hi = scalars.count
        while lo < hi, scalars[lo].properties.isWhitespace { lo += 1 }
        while hi > lo, scalars[hi - 1].properties.isWhitespace { hi -= 1 }
        if lo == 0, hi == scalars.count { return String(self) }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[lo..<hi])
        return String(s)
    }
}
