/// One bead of a sentence alignment: source sentences and the target sentences
/// that translate them (0-based indices). 1–1, 1–2, 2–1, 2–2, or an omission
/// (1–0: a source sentence left untranslated; 0–1: a target sentence with no source).
public struct AlignmentPair: Sendable, Hashable, Codable {
    public var source: [Int]
    public var target: [Int]

    public init(source: [Int], target: [Int]) {
        self.source = source
        self.target = target
    }
}
