import Foundation

/// One glossary concept: an Arabic term and how to render it in English.
///
/// ```swift
/// GlossaryEntry(arabic: "قاسم سليماني", english: "Qassem Soleimani", type: "person",
///               variants: ["Qasem Soleimani"])
/// ```
///
/// Several entries may share an Arabic form (الأسد: Assad the person, or "the lion");
/// they are told apart by `type` and `domain`, which together with the Arabic key
/// identify an entry.
public struct GlossaryEntry: Sendable, Hashable, Codable {
    /// Database row id; `nil` before the entry is stored.
    public var id: Int64?
    /// The preferred Arabic form, e.g. الحرس الثوري ("the Revolutionary Guard").
    public var arabic: String
    /// Other Arabic spellings of the same concept (شويجو beside شويغو).
    public var arabicVariants: [String]
    /// The preferred English rendering.
    public var english: String
    /// Admitted English variants (IRGC beside Islamic Revolutionary Guard Corps).
    public var variants: [String]
    /// Renderings that must not be used (deprecated or forbidden).
    public var deprecated: [String]
    /// person, place, organization, term, …
    public var type: String
    /// Subject field, e.g. military, finance.
    public var domain: String?
    /// Free note for translators.
    public var note: String?
    /// Where the entry came from (a file name, a person).
    public var source: String?
    /// Review status of the whole entry: approved, draft or deprecated.
    public var status: EntryStatus
    /// When the entry was first stored (whole seconds, UTC); `nil` before it is stored.
    public var createdAt: Date?
    /// When the entry was last changed (whole seconds, UTC); `nil` before it is stored.
    public var updatedAt: Date?

    public init(
        id: Int64? = nil, arabic: String, english: String, type: String = "term",
        arabicVariants: [String] = [], variants: [String] = [], deprecated: [String] = [],
        domain: String? = nil, note: String? = nil, source: String? = nil,
        status: EntryStatus = .approved, createdAt: Date? = nil, updatedAt: Date? = nil
    ) {
        self.id = id
        self.arabic = arabic
        self.arabicVariants = arabicVariants
        self.english = english
        self.variants = variants
        self.deprecated = deprecated
        self.type = type
        self.domain = domain
        self.note = note
        self.source = source
        self.status = status
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// All Arabic forms: the preferred one first.
    public var arabicForms: [String] { [arabic] + arabicVariants }

    /// All acceptable English renderings: the preferred one first, then admitted variants.
    public var englishForms: [String] { [english] + variants }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decodeIfPresent(Int64.self, forKey: .id),
            arabic: try c.decode(String.self, forKey: .arabic),
            english: try c.decode(String.self, forKey: .english),
            type: try c.decodeIfPresent(String.self, forKey: .type) ?? "term",
            arabicVariants: try c.decodeIfPresent([String].self, forKey: .arabicVariants) ?? [],
            variants: try c.decodeIfPresent([String].self, forKey: .variants) ?? [],
            deprecated: try c.decodeIfPresent([String].self, forKey: .deprecated) ?? [],
            domain: try c.decodeIfPresent(String.self, forKey: .domain),
            note: try c.decodeIfPresent(String.self, forKey: .note),
            source: try c.decodeIfPresent(String.self, forKey: .source),
            status: try c.decodeIfPresent(EntryStatus.self, forKey: .status) ?? .approved,
            createdAt: try Self.decodeDate(c, .createdAt),
            updatedAt: try Self.decodeDate(c, .updatedAt))
    }

    /// Encodes times as `2024-05-01T09:30:00Z` strings, whatever the encoder's date strategy.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encode(arabic, forKey: .arabic)
        try c.encode(arabicVariants, forKey: .arabicVariants)
        try c.encode(english, forKey: .english)
        try c.encode(variants, forKey: .variants)
        try c.encode(deprecated, forKey: .deprecated)
        try c.encode(type, forKey: .type)
        try c.encodeIfPresent(domain, forKey: .domain)
        try c.encodeIfPresent(note, forKey: .note)
        try c.encodeIfPresent(source, forKey: .source)
        try c.encode(status, forKey: .status)
        try c.encodeIfPresent(createdAt.map(GlossaryDate.format), forKey: .createdAt)
        try c.encodeIfPresent(updatedAt.map(GlossaryDate.format), forKey: .updatedAt)
    }

    private enum CodingKeys: String, CodingKey {
        case id, arabic, arabicVariants, english, variants, deprecated, type, domain, note, source, status, createdAt, updatedAt
    }

    /// A time written as text (`2024-05-01T09:30:00Z`) or, as Foundation's default writes it, a number.
    private static func decodeDate(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> Date? {
        if let text = try? c.decodeIfPresent(String.self, forKey: key) {
            guard let date = GlossaryDate.parse(text) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "'\(text)' is not a time like 2024-05-01T09:30:00Z")
            }
            return date
        }
        return try c.decodeIfPresent(Date.self, forKey: key)
    }
}

/// The review status of a glossary entry.
public enum EntryStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Checked and in use: the matcher and the checker rely on it.
    case approved
    /// Proposed (for example a name candidate from a draft), not yet reviewed.
    case draft
    /// Retired: kept so the checker can flag its renderings, not used for drafting.
    case deprecated
}
