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
        out.append(UInt8(ascii: "\""))
        // Every byte that needs escaping is ASCII, so the UTF-8 bytes are scanned directly
        // and runs of plain bytes (all of Arabic) are copied whole.
        withUTF8Bytes(s) { escape($0, into: &out) }
        out.append(UInt8(ascii: "\""))
    }

    private static func escape(_ bytes: some RandomAccessCollection<UInt8>, into out: inout [UInt8]) {
        var plainStart = bytes.startIndex
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b >= 0x20 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") {
                i = bytes.index(after: i)
                continue
            }
            out.append(contentsOf: bytes[plainStart..<i])
            switch b {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0x08: out.append(contentsOf: "\\b".utf8)
            case 0x0C: out.append(contentsOf: "\\f".utf8)
            default:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: "\\u00".utf8)
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0xF)])
            }
            i = bytes.index(after: i)
            plainStart = i
        }
        out.append(contentsOf: bytes[plainStart..<bytes.endIndex])
    }
}
