/// A small, safe XML pull scanner for XLIFF: elements, attributes and text.
///
/// It never resolves external entities and never expands entities: a document type
/// declaration (`<!DOCTYPE …>`, where entities would be declared) is refused, and only
/// the five predefined entities and numeric character references are decoded. Element
/// and attribute names lose their namespace prefix (`gls:term` → `term`).
struct XMLScanner {
    enum Event: Equatable {
        case start(name: String, attributes: [String: String], line: Int)
        case end(name: String, line: Int)
        case text(String)
    }

    struct Failure: Error, Equatable {
        var line: Int
        var problem: String
    }

    private let s: [Unicode.Scalar]
    private var i = 0
    private var line = 1
    /// The end event still owed for a self-closing tag.
    private var deferred: String?

    init(_ text: String) { s = Array(text.unicodeScalars) }

    /// All events of the document, checking that elements nest.
    static func events(_ text: String) throws(Failure) -> [Event] {
        var scanner = XMLScanner(text)
        var events: [Event] = []
        var open: [String] = []
        while let e = try scanner.next() {
            switch e {
            case let .start(name, _, _): open.append(name)
            case let .end(name, line):
                guard open.popLast() == name else { throw Failure(line: line, problem: "closing tag </\(name)> does not match an open element") }
            case .text: break
            }
            events.append(e)
        }
        if let unclosed = open.last { throw Failure(line: scanner.line, problem: "element <\(unclosed)> is never closed") }
        return events
    }

    mutating func next() throws(Failure) -> Event? {
        if let name = deferred {
            deferred = nil
            return .end(name: name, line: line)
        }
        while i < s.count {
            if s[i] != "<" { return .text(try readText()) }
            if starts("<?") { try skip(past: "?>"); continue }
            if starts("<!--") { try skip(past: "-->"); continue }
            if starts("<![CDATA[") {
                i += 9
                let begin = i
                try skip(past: "]]>")
                return .text(string(begin..<(i - 3)))
            }
            if starts("<!") {
                throw Failure(line: line, problem: "document type declarations are not accepted (entities are never expanded)")
            }
            if starts("</") {
                i += 2
                let name = readName()
                skipSpace()
                guard i < s.count, s[i] == ">" else { throw Failure(line: line, problem: "malformed closing tag </\(name)") }
                i += 1
                return .end(name: localName(name), line: line)
            }
            return try readStartTag()
        }
        return nil
    }

    private mutating func readStartTag() throws(Failure) -> Event {
        i += 1
        let startLine = line
        let name = readName()
        guard !name.isEmpty else { throw Failure(line: line, problem: "malformed tag: '<' not followed by a name") }
        var attributes: [String: String] = [:]
        while true {
            skipSpace()
            guard i < s.count else { throw Failure(line: startLine, problem: "tag <\(name)> is not closed") }
            if s[i] == ">" {
                i += 1
                return .start(name: localName(name), attributes: attributes, line: startLine)
            }
            if s[i] == "/", i + 1 < s.count, s[i + 1] == ">" {
                i += 2
                // A self-closing tag: report start then end.
                deferred = localName(name)
                return .start(name: localName(name), attributes: attributes, line: startLine)
            }
            let attribute = readName()
            skipSpace()
            guard !attribute.isEmpty, i < s.count, s[i] == "=" else {
                throw Failure(line: line, problem: "malformed attribute in <\(name)>")
            }
            i += 1
            skipSpace()
            guard i < s.count, s[i] == "\"" || s[i] == "'" else { throw Failure(line: line, problem: "attribute \(attribute) has no quoted value") }
            let quote = s[i]
            i += 1
            var value = ""
            while i < s.count, s[i] != quote {
                if s[i] == "<" { throw Failure(line: line, problem: "'<' inside the value of attribute \(attribute)") }
                if s[i] == "&" { value += try readReference() } else { if s[i] == "\n" { line += 1 }; value.unicodeScalars.append(s[i]); i += 1 }
            }
            i += 1
            let key = attribute.hasPrefix("xmlns") ? attribute : (attribute.hasPrefix("xml:") ? attribute : localName(attribute))
            attributes[key] = value
        }
    }


    private mutating func readText() throws(Failure) -> String {
        var out = ""
        while i < s.count, s[i] != "<" {
            if s[i] == "&" { out += try readReference(); continue }
            if s[i] == "\n" { line += 1 }
            out.unicodeScalars.append(s[i])
            i += 1
        }
        return out
    }

    /// `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` `&#…;` `&#x…;`; anything else is an error.
    private mutating func readReference() throws(Failure) -> String {
        let begin = i
        while i < s.count, s[i] != ";", i - begin < 12 { i += 1 }
        guard i < s.count, s[i] == ";" else { throw Failure(line: line, problem: "unterminated '&' reference") }
        let name = string((begin + 1)..<i)
        i += 1
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            var digits = Substring(name)
            guard digits.first == "#" else { throw Failure(line: line, problem: "entity &\(name); is not expanded (only the predefined XML entities are)") }
            digits = digits.dropFirst()
            let radix = digits.first == "x" ? 16 : 10
            if radix == 16 { digits = digits.dropFirst() }
            guard let v = UInt32(digits, radix: radix), let scalar = Unicode.Scalar(v) else {
                throw Failure(line: line, problem: "bad character reference &\(name);")
            }
            return String(scalar)
        }
    }

    private func starts(_ prefix: String) -> Bool {
        var k = i
        for p in prefix.unicodeScalars {
            guard k < s.count, s[k] == p else { return false }
            k += 1
        }
        return true
    }

    private mutating func skip(past end: String) throws(Failure) {
        let startLine = line
        while i < s.count {
            if starts(end) { i += end.unicodeScalars.count; return }
            if s[i] == "\n" { line += 1 }
            i += 1
        }
        throw Failure(line: startLine, problem: "\(end) never comes")
    }

    private mutating func skipSpace() {
        while i < s.count, s[i] == " " || s[i] == "\t" || s[i] == "\n" || s[i] == "\r" {
            if s[i] == "\n" { line += 1 }
            i += 1
        }
    }

    private mutating func readName() -> String {
        let begin = i
        while i < s.count {
            let c = s[i]
            if c == " " || c == "\t" || c == "\n" || c == "\r" || c == ">" || c == "/" || c == "=" || c == "<" { break }
            i += 1
        }
        return string(begin..<i)
    }

    private func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    private func string(_ range: Range<Int>) -> String { String(scalars: s[range]) }
}
