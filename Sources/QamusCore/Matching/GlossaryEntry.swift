/// One glossary concept: an Arabic term and how to render it in English.
///
/// ```swift
/// GlossaryEntry(arabic: "قاسم سليماني", english: "Qassem Soleimani", type: "person",
///               variants: ["Qasem Soleimani"])
/// ```
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

    public init(
        id: Int64? = nil, arabic: String, english: String, type: String = "term",
        arabicVariants: [String] = [], variants: [String] = [], deprecated: [String] = [],
        domain: String? = nil, note: String? = nil, source: String? = nil
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
    }

    /// All Arabic forms: the preferred one first.
    public var arabicForms: [String] { [arabic] + arabicVariants }
}
