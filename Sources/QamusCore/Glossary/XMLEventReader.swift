/// A small, safe XML reader for glossary exchange files (TBX).
///
/// It never fetches anything and never expands declared entities: a document type
/// declaration with an internal subset that declares entities is refused (XXE,
/// "billion laughs"); an external DTD is ignored. Only the five predefined entities
/// and character references are decoded. It reports well-formedness errors with
/// line and column, and visits elements without recursion.
public struct XMLEventReader: Sendable {
    public enum Event: Sendable, Equatable {
        /// An element starts; `name` keeps any prefix (`xml:lang`), attributes in document order.
        case start(name: String, attributes: [(String, String)], line: Int)
        case end(name: String)
        /// Character data (entities decoded, CDATA included).
        case text(String)

        public static func == (a: Event, b: Event) -> Bool {
            switch (a, b) {
            case let (.start(n1, a1, l1), .start(n2, a2, l2)):
                return n1 == n2 && l1 == l2 && a1.map(\.0) == a2.map(\.0) && a1.map(\.1) == a2.map(\.1)
            case let (.end(n1), .end(n2)): return n1 == n2
            case let (.text(t1), .text(t2)): return t1 == t2
            default: return false
            }
        }
    }

    /// Deepest element nesting accepted.
    public var maximumDepth = 256

    public init() {}

    /// Calls `visit` for every event of `text`, in order.
    public func read(_ text: String, _ visit: (Event) throws(GlossaryReadError) -> Void) throws(GlossaryReadError) {
        var cursor = XMLCursor(Array(text.utf8))
        var stack: [String] = []
        var sawRoot = false
        var textBuffer: [UInt8] = []
        func flushText() throws(GlossaryReadError) {
            if textBuffer.isEmpty { return }
            let decoded = try cursor.decodeEntities(textBuffer)
            textBuffer.removeAll(keepingCapacity: true)
            if !stack.isEmpty { try visit(.text(decoded)) }
        }
        while let b = cursor.peek() {
            guard b == 0x3C else {  // '<'
                if stack.isEmpty, !XMLCursor.isSpace(b) {
                    throw cursor.error(sawRoot ? "text after the root element" : "text before the root element")
                }
                if b == 0x26 { cursor.entityStart = cursor.position }
                textBuffer.append(b)
                cursor.advance()
                continue
            }
            if cursor.hasPrefix("<!--") {
                try flushText()
                try cursor.skip(past: "-->", what: "comment")
            } else if cursor.hasPrefix("<![CDATA[") {
                guard !stack.isEmpty else { throw cursor.error("CDATA outside the root element") }
                try flushText()
                cursor.advance(9)
                let start = cursor.position
                try cursor.skip(past: "]]>", what: "CDATA section")
                try visit(.text(String(decoding: cursor.bytes[start..<(cursor.position - 3)], as: UTF8.self)))
            } else if cursor.hasPrefix("<?") {
                try flushText()
                try cursor.skip(past: "?>", what: "processing instruction")
            } else if cursor.hasPrefix("<!DOCTYPE") {
                guard !sawRoot else { throw cursor.error("a DOCTYPE after the root element") }
                try cursor.skipDoctype()
            } else if cursor.hasPrefix("</") {
                try flushText()
                cursor.advance(2)
                let name = try cursor.name()
                cursor.skipSpaces()
                guard cursor.peek() == 0x3E else { throw cursor.error("expected '>' to close </\(name)") }
                cursor.advance()
                guard let open = stack.last else { throw cursor.error("</\(name)> closes nothing") }
                guard open == name else { throw cursor.error("</\(name)> closes <\(open)>") }
                stack.removeLast()
                try visit(.end(name: name))
            } else {
                try flushText()
                guard !(sawRoot && stack.isEmpty) else { throw cursor.error("a second root element") }
                let line = cursor.line
                cursor.advance()
                let name = try cursor.name()
                var attributes: [(String, String)] = []
                var selfClosing = false
                while true {
                    let hadSpace = cursor.skipSpaces()
                    guard let c = cursor.peek() else { throw cursor.error("the tag <\(name) is never closed") }
                    if c == 0x3E { cursor.advance(); break }
                    if c == 0x2F {
                        cursor.advance()
                        guard cursor.peek() == 0x3E else { throw cursor.error("expected '>' after '/' in <\(name)") }
                        cursor.advance(); selfClosing = true; break
                    }
                    guard hadSpace else { throw cursor.error("expected a space before an attribute of <\(name)>") }
                    let attribute = try cursor.name()
                    cursor.skipSpaces()
                    guard cursor.peek() == 0x3D else { throw cursor.error("expected '=' after the attribute \(attribute)") }
                    cursor.advance()
                    cursor.skipSpaces()
                    let value = try cursor.quotedValue()
                    if attributes.contains(where: { $0.0 == attribute }) { throw cursor.error("the attribute \(attribute) appears twice") }
                    attributes.append((attribute, value))
                }
                sawRoot = true
                try visit(.start(name: name, attributes: attributes, line: line))
                if selfClosing {
                    try visit(.end(name: name))
                } else {
                    stack.append(name)
                    if stack.count > maximumDepth { throw cursor.error("elements nested deeper than \(maximumDepth) levels") }
                }
            }
        }
        if let open = stack.last { throw cursor.error("the element <\(open)> is never closed") }
        if !sawRoot { throw cursor.error("no XML element in the file") }
    }
}
