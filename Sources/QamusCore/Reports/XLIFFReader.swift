/// Reads a bilingual XLIFF file (1.2, 2.0 or 2.1): one source/target pair per 1.2
/// `<trans-unit>` or 2.x `<segment>`, inline markup reduced to its text.
///
/// Safe on untrusted files: see `XMLScanner` (no DTDs, no entity expansion).
public struct XLIFFReader: Sendable {
    /// Why a file could not be read, with the line.
    public struct Failure: Error, Sendable, Equatable {
        public var line: Int?
        public var problem: String
    }

    public init() {}

    /// Whether `text` is an XLIFF document (an `<xliff` root near the start).
    public static func looksLikeXLIFF(_ text: String) -> Bool {
        let head = text.prefix(2048)
        return head.contains("<xliff") || head.contains(":xliff")
    }

    /// Native-code elements whose content is not text of the sentence.
    private static let codeElements: Set<String> = ["ph", "x", "bx", "ex", "bpt", "ept", "it", "sub", "cp", "sc", "ec", "sm", "em"]

    public func read(_ text: String) throws(Failure) -> XLIFFDocument {
        let events: [XMLScanner.Event]
        do { events = try XMLScanner.events(text) } catch { throw Failure(line: error.line, problem: error.problem) }
        var version: String?, sourceLanguage = "ar", targetLanguage = "en", original = ""
        var units: [XLIFFUnit] = []
        var unitID = "", segmentCount = 0
        var capture: (side: String, depth: Int, skip: Int, text: String)?
        var current: (source: String?, target: String?) = (nil, nil)
        var stack: [String] = []
        func flushPair(_ line: Int) throws(Failure) {
            guard let source = current.source else {
                if current.target != nil { throw Failure(line: line, problem: "a <target> without a <source> in unit \(unitID)") }
                return
            }
            segmentCount += 1
            units.append(XLIFFUnit(id: segmentCount > 1 ? "\(unitID)-\(segmentCount)" : unitID, source: source, target: current.target))
            current = (nil, nil)
        }
        for event in events {
            switch event {
            case let .start(name, attributes, line):
                stack.append(name)
                if var c = capture {
                    if Self.codeElements.contains(name) { c.skip += 1 }
                    c.depth += 1
                    capture = c
                    continue
                }
                switch name {
                case "xliff":
                    version = attributes["version"]
                    guard let v = version, v.hasPrefix("1.") || v.hasPrefix("2.") else {
                        throw Failure(line: line, problem: "unsupported XLIFF version \"\(version ?? "none")\"")
                    }
                    if let l = attributes["srcLang"] { sourceLanguage = l }
                    if let l = attributes["trgLang"] { targetLanguage = l }
                case "file":
                    if let l = attributes["source-language"] { sourceLanguage = l }
                    if let l = attributes["target-language"] { targetLanguage = l }
                    if original.isEmpty, let o = attributes["original"] { original = o }
                case "trans-unit", "unit":
                    unitID = attributes["id"] ?? String(units.count + 1)
                    segmentCount = 0
                    current = (nil, nil)
                case "source", "target":
                    // Only a unit's own source/target: not those inside alt-trans, matches or glossaries.
                    let parent = stack.dropLast().last ?? ""
                    if ["trans-unit", "segment", "ignorable"].contains(parent) { capture = (name, 0, 0, "") }
                default: break
                }
            case let .end(name, line):
                stack.removeLast()
                if var c = capture {
                    if c.depth == 0 {
                        if c.side == "source" { current.source = c.text } else { current.target = c.text }
                        capture = nil
                    } else {
                        if Self.codeElements.contains(name) { c.skip -= 1 }
                        c.depth -= 1
                        capture = c
                    }
                    continue
                }
                if name == "segment" || name == "trans-unit" { try flushPair(line) }
                if name == "ignorable" { current = (nil, nil) }
            case let .text(t):
                if var c = capture, c.skip == 0 {
                    c.text += t
                    capture = c
                }
            }
        }
        guard version != nil else { throw Failure(line: 1, problem: "not an XLIFF document: no <xliff> root element") }
        return XLIFFDocument(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, original: original,
                             units: units, version: version)
    }
}
