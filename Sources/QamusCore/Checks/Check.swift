/// Whether a check needs a translation.
public enum CheckScope: String, Sendable, Hashable, Codable {
    /// Runs on the Arabic source alone.
    case source
    /// Runs on a source and its aligned translation.
    case translation
}

/// A text that a check must (or must not) flag, so every check carries its own
/// specification; one test runs them all.
public struct CheckExample: Sendable {
    /// Arabic source text (sentences separated as in an article).
    public var source: String
    /// English translation, for translation checks.
    public var target: String?
    /// Glossary entries the example needs.
    public var glossary: [GlossaryEntry]
    /// Whether the check must produce at least one finding.
    public var triggers: Bool
    /// Why, for a failing test's message.
    public var note: String

    public init(source: String, target: String? = nil, glossary: [GlossaryEntry] = [], triggers: Bool, note: String) {
        self.source = source
        self.target = target
        self.glossary = glossary
        self.triggers = triggers
        self.note = note
    }
}

/// One consistency or translation check.
///
/// A check reads a prepared `CheckContext` (sentences, glossary matches, numbers,
/// alignment) and returns findings; it never prints and never throws.
public protocol Check: Sendable {
    /// Stable kebab-case id used in reports and JSON, e.g. "hamza-wasl".
    var id: String { get }
    /// Severity of the findings it produces.
    var severity: Severity { get }
    /// Whether it needs a translation.
    var scope: CheckScope { get }
    /// One line saying what it looks for.
    var summary: String { get }
    /// Texts it must and must not flag.
    var examples: [CheckExample] { get }
    /// Runs the check.
    func run(_ context: CheckContext) -> [Finding]
}
