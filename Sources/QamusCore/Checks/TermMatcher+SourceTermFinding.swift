/// The glossary `TermMatcher` as the checks' term finder.
extension TermMatcher: SourceTermFinding {
    public func terms(in sentence: String) -> [SourceTerm] {
        matches(in: sentence).map { SourceTerm(range: $0.range, surface: $0.surface, entry: $0.entry) }
    }
}
