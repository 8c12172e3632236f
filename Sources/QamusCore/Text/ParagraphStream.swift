import Foundation

/// Reads UTF-8 text in bounded chunks and yields it paragraph by paragraph
/// (paragraphs end at blank lines), so a 50 MB file is processed in little memory.
///
/// Invalid UTF-8 or a NUL byte stops the stream with a `TextDecoding.Failure`
/// naming the line. A paragraph longer than `maxParagraphBytes` is cut at a line
/// break (or, failing that, at a character boundary).
public struct ParagraphStream {
    private let read: (Int) -> Data
    private var buffer: [UInt8] = []
    private var atEOF = false
    private var linesBefore = 0
    private var started = false
    /// Bytes read per chunk.
    public var chunkSize = 1 << 20
    /// A paragraph longer than this is cut at a line break.
    public var maxParagraphBytes = 4 << 20

    /// A stream over `read(maxBytes)`, which returns empty data at the end.
    public init(read: @escaping (Int) -> Data) { self.read = read }

    /// A stream over a file handle.
    public init(handle: FileHandle) {
        self.init(read: { handle.readData(ofLength: $0) })
    }

    /// The next paragraph's text (with its first line number, 1-based), or `nil` at the end.
    public mutating func next() throws(TextDecoding.Failure) -> (text: String, line: Int)? {
        while true {
            if let cut = paragraphEnd() {
                if let p = try take(cut) { return p }
                continue
            }
            if atEOF {
                if buffer.isEmpty { return nil }
                if let p = try take(buffer.count) { return p }
                return nil
            }
            let data = read(chunkSize)
            if data.isEmpty { atEOF = true } else { buffer.append(contentsOf: data) }
            if !started, buffer.count >= 3 {
                if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { buffer.removeFirst(3) }
                started = true
            }
        }
    }

    /// The end (exclusive) of the first complete paragraph in the buffer, after its blank line(s).
    private func paragraphEnd() -> Int? {
        var i = 0
        var lineStart = 0
        var lineIsBlank = true
        var sawText = false
        var lastBreak: Int?
        while i < buffer.count {
            let b = buffer[i]
            if b == 0x0A {
                if lineIsBlank && sawText { return i + 1 }
                if !lineIsBlank { sawText = true }
                lastBreak = i + 1
                lineStart = i + 1
                lineIsBlank = true
            } else if b != 0x20 && b != 0x09 && b != 0x0D {
                lineIsBlank = false
            }
            i += 1
            if i >= maxParagraphBytes, let lastBreak, lastBreak > 0 { return lastBreak }
        }
        _ = lineStart
        if buffer.count >= maxParagraphBytes {
            // No line break at all: cut at a UTF-8 character boundary.
            var cut = maxParagraphBytes
            while cut > 0, buffer[cut] & 0xC0 == 0x80 { cut -= 1 }
            return cut
        }
        return nil
    }

    private mutating func take(_ count: Int) throws(TextDecoding.Failure) -> (text: String, line: Int)? {
        let chunk = Data(buffer[0..<count])
        buffer.removeFirst(count)
        let firstLine = linesBefore + 1
        switch TextDecoding.decodeUTF8(chunk) {
        case .success(let text):
            linesBefore += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { return nil }
            return (text, firstLine)
        case .failure(var failure):
            failure.line += linesBefore
            failure.problem = failure.problem.replacingOccurrences(of: "at line \(failure.line - linesBefore)", with: "at line \(failure.line)")
            throw failure
        }
    }
}
