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
            createdAt: try c.decodeIfPresent(Date.self, forKey: .createdAt),
            updatedAt: try c.decodeIfPresent(Date.self, forKey: .updatedAt))
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
