/// Position-tracking byte cursor behind `XMLEventReader`.
struct XMLCursor {
    let bytes: [UInt8]
    var position = 0
    var line = 1
    var lineStart = 0
    /// Where the last `&` seen in text was (for error positions).
    var entityStart = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func advance(_ n: Int = 1) {
        for _ in 0..<n where position < bytes.count {
            if bytes[position] == 0x0A { line += 1; lineStart = position + 1 }
            position += 1
        }
    }

    func hasPrefix(_ s: StaticString) -> Bool {
        let count = s.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return s.withUTF8Buffer { buffer in
            for i in 0..<count where bytes[position + i] != buffer[i] { return false }
            return true
        }
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    @discardableResult
    mutating func skipSpaces() -> Bool {
        var skipped = false
        while let b = peek(), Self.isSpace(b) { advance(); skipped = true }
        return skipped
    }

    /// An error at the current position (column counted in scalars).
    func error(_ problem: String, at offset: Int? = nil) -> GlossaryReadError {
        let at = min(offset ?? position, bytes.count)
        var lineNumber = 1, start = 0
        if at >= lineStart { lineNumber = line; start = lineStart } else {
            for i in 0..<at where bytes[i] == 0x0A { lineNumber += 1; start = i + 1 }
        }
        let column = bytes[start..<at].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return GlossaryReadError(line: lineNumber, column: column, problem: problem)
    }

    mutating func skip(past terminator: StaticString, what: String) throws(GlossaryReadError) {
        let start = position
        while position < bytes.count {
            if hasPrefix(terminator) { advance(terminator.utf8CodeUnitCount); return }
            advance()
        }
        throw error("this \(what) is never closed", at: start)
    }

    /// Skips `<!DOCTYPE …>`. An internal subset may hold comments and element or
    /// attribute-list declarations, but never an entity declaration.
    mutating func skipDoctype() throws(GlossaryReadError) {
        let start = position
        advance(9)
        var inSubset = false
        var quote: UInt8? = nil
        while let b = peek() {
            if let q = quote {
                if b == q { quote = nil }
            } else if b == 0x22 || b == 0x27 {
                quote = b
            } else if b == 0x5B {
                inSubset = true
            } else if b == 0x5D {
                inSubset = false
            } else if inSubset, hasPrefix("<!ENTITY") {
                throw error("entity declarations are refused (no entity expansion, no external entities)")
            } else if b == 0x3E, !inSubset {
                advance(); return
            }
            advance()
        }
        throw error("this DOCTYPE is never closed", at: start)
    }

    /// An XML name (letters, digits, `-`, `_`, `.`, `:`, non-ASCII).
    mutating func name() throws(GlossaryReadError) -> String {
        let start = position
        while let b = peek(), b >= 0x80 || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            || b == 0x2D || b == 0x5F || b == 0x2E || b == 0x3A {
            advance()
        }
        guard position > start, let first = bytes.dropFirst(start).first, !(first >= 0x30 && first <= 0x39), first != 0x2D, first != 0x2E else {
            throw error("expected an element or attribute name")
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    mutating func quotedValue() throws(GlossaryReadError) -> String {
        guard let q = peek(), q == 0x22 || q == 0x27 else { throw error("an attribute value must be quoted") }
        advance()
        let start = position
        while let b = peek(), b != q {
            if b == 0x3C { throw error("'<' inside an attribute value") }
            if b == 0x26 { entityStart = position }
            advance()
        }
        guard peek() == q else { throw error("this attribute value is never closed", at: start - 1) }
        let raw = Array(bytes[start..<position])
        advance()
        return try decodeEntities(raw)
    }

    /// Decodes `&lt; &gt; &amp; &quot; &apos; &#N; &#xH;`; any other `&name;` is an error.
    func decodeEntities(_ raw: [UInt8]) throws(GlossaryReadError) -> String {
        guard raw.contains(0x26) else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            guard raw[i] == 0x26 else { out.append(raw[i]); i += 1; continue }
            guard let semicolon = raw[i...].prefix(12).firstIndex(of: 0x3B) else {
                throw error("a bare '&'; write &amp;", at: entityStart)
            }
            let name = String(decoding: raw[(i + 1)..<semicolon], as: UTF8.self)
            let replacement: String
            switch name {
            case "lt": replacement = "<"
            case "gt": replacement = ">"
            case "amp": replacement = "&"
            case "quot": replacement = "\""
            case "apos": replacement = "'"
            default:
                var value: UInt32? = nil
                if name.hasPrefix("#x") || name.hasPrefix("#X") { value = UInt32(name.dropFirst(2), radix: 16) }
                else if name.hasPrefix("#") { value = UInt32(name.dropFirst(), radix: 10) }
                else { throw error("the entity &\(name); is not defined (only &lt; &gt; &amp; &quot; &apos; and character references are read)", at: entityStart) }
                guard let v = value, v != 0, let scalar = Unicode.Scalar(v) else {
                    throw error("&\(name); is not a valid character", at: entityStart)
                }
                replacement = String(scalar)
            }
            out.append(contentsOf: replacement.utf8)
            i = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
