/// Every check Qamus runs, in report order.
public enum CheckRegistry {
    /// All checks: source checks first, then translation checks.
    public static let all: [any Check] = [
        SourceVariantCheck(), HamzaWaslCheck(),
        TermMismatchCheck(), NumberMismatchCheck(), UntranslatedCheck(), MissingTranslationCheck(), TargetVariantCheck(),
    ]

    /// The check with this id.
    public static func check(id: String) -> (any Check)? { all.first { $0.id == id } }
}
