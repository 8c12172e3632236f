/// Writes the draft JSON contract by hand: compact, keys sorted — byte for byte
/// what `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes` writes —
/// at a fraction of its cost, for batch and JSON Lines output.
public enum DraftJSONWriter {
    /// The JSON of `sentences` as a string.
    public static func sentences(_ sentences: [DraftSentence]) -> String {
        var out: [UInt8] = []
        self.sentences(sentences, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `[{sentence}, …]` for a list of sentences.
    public static func sentences(_ sentences: [DraftSentence], into out: inout [UInt8]) {
        out.append(contentsOf: "[".utf8)
        for (i, s) in sentences.enumerated() {
            if i > 0 { out.append(contentsOf: ",".utf8) }
            sentence(s, into: &out)
        }
        out.append(contentsOf: "]".utf8)
    }

    /// One sentence object.
    public static func sentence(_ s: DraftSentence, into out: inout [UInt8]) {
        out.append(contentsOf: "{\"draft\":".utf8); string(s.draft, into: &out)
        out.append(contentsOf: ",\"index\":\(s.index),\"matches\":[".utf8)
        for (i, m) in s.matches.enumerated() {
            if i > 0 { out.append(contentsOf: ",".utf8) }
            out.append(contentsOf: "{".utf8)
            if let alternatives = m.alternatives {
                out.append(contentsOf: "\"alternatives\":[".utf8)
                for (k, a) in alternatives.enumerated() {
                    if k > 0 { out.append(contentsOf: ",".utf8) }
                    string(a, into: &out)
                }
                out.append(contentsOf: "],".utf8)
            }
            out.append(contentsOf: "\"arabic\":".utf8); string(m.arabic, into: &out)
            out.append(contentsOf: ",\"end\":\(m.end),\"english\":".utf8); string(m.english, into: &out)
            out.append(contentsOf: ",\"entry_id\":\(m.entryId),\"start\":\(m.start),\"surface\":".utf8); string(m.surface, into: &out)
            out.append(contentsOf: ",\"type\":".utf8); string(m.type, into: &out)
            out.append(contentsOf: "}".utf8)
        }
        out.append(contentsOf: "],\"paragraph\":\(s.paragraph),\"source\":".utf8); string(s.source, into: &out)
        out.append(contentsOf: ",\"tokens\":[".utf8)
        for (i, t) in s.tokens.enumerated() {
            if i > 0 { out.append(contentsOf: ",".utf8) }
            out.append(contentsOf: "{\"end\":\(t.end),\"english\":".utf8); string(t.english, into: &out)
            out.append(contentsOf: ",\"origin\":".utf8); string(t.origin, into: &out)
            out.append(contentsOf: ",\"start\":\(t.start),\"surface\":".utf8); string(t.surface, into: &out)
            out.append(contentsOf: "}".utf8)
        }
        out.append(contentsOf: "],\"unknown\":[".utf8)
        for (i, u) in s.unknown.enumerated() {
            if i > 0 { out.append(contentsOf: ",".utf8) }
            out.append(contentsOf: "{\"end\":\(u.end),\"origin\":".utf8); string(u.origin, into: &out)
            if let source = u.source { out.append(contentsOf: ",\"source\":".utf8); string(source, into: &out) }
            out.append(contentsOf: ",\"start\":\(u.start),\"surface\":".utf8); string(u.surface, into: &out)
            out.append(contentsOf: ",\"transliteration\":".utf8); string(u.transliteration, into: &out)
            out.append(contentsOf: "}".utf8)
        }
        out.append(contentsOf: "]}".utf8)
    }

    /// A JSON string literal, escaped as `JSONEncoder` escapes it.
    public static func string(_ s: String, into out: inout [UInt8]) {
        out.append(contentsOf: "\"".utf8)
        var plainStart = s.unicodeScalars.startIndex
        var i = plainStart
        let scalars = s.unicodeScalars
        while i < scalars.endIndex {
            let c = scalars[i]
            let escape: String?
            switch c {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case "\u{08}": escape = "\\b"
            case "\u{0C}": escape = "\\f"
            default:
                if c.value < 0x20 {
                    let hex = String(c.value, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escape = nil
                }
            }
            if let escape {
                out.append(contentsOf: String(String.UnicodeScalarView(scalars[plainStart..<i])).utf8)
                out.append(contentsOf: escape.utf8)
                plainStart = scalars.index(after: i)
            }
            i = scalars.index(after: i)
        }
        if plainStart == scalars.startIndex {
            out.append(contentsOf: s.utf8)
        } else {
            out.append(contentsOf: String(String.UnicodeScalarView(scalars[plainStart..<scalars.endIndex])).utf8)
        }
        out.append(contentsOf: "\"".utf8)
    }
}
