/// Reads TBX glossaries (placeholder replaced in the next commit).
public struct TBXGlossaryReader: Sendable {
    public init() {}
    public func read(_ text: String) throws(GlossaryReadErrors) -> GlossaryDocument {
        throw GlossaryReadErrors([GlossaryReadError(line: 1, column: 1, problem: "TBX import is not available in this build yet")])
    }
}
