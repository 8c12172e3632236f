import Foundation

/// Strict UTF-8 decoding with a precise error position.
public enum TextDecoding {
    /// Why bytes are not acceptable text, and where (1-based line and column, in characters).
    public struct Failure: Error, Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var problem: String
    }

    /// Decodes `data` as UTF-8, dropping a leading byte-order mark. Refuses NUL
    /// bytes (binary files) and invalid sequences, naming the line.
    public static func decodeUTF8(_ data: Data) -> Result<String, Failure> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var line = 1, column = 1
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0 {
                return .failure(Failure(line: line, column: column, problem: "binary data (a NUL byte at line \(line), column \(column)): not a text file"))
            }
            if b < 0x80 {
                if b == 0x0A { line += 1; column = 1 } else { column += 1 }
                i += 1
                continue
            }
            let length: Int
            if b & 0xE0 == 0xC0, b >= 0xC2 { length = 2 }
            else if b & 0xF0 == 0xE0 { length = 3 }
            else if b & 0xF8 == 0xF0, b <= 0xF4 { length = 4 }
            else { return .failure(invalid(b, line, column)) }
            guard i + length <= n else { return .failure(invalid(b, line, column)) }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 {
                return .failure(invalid(bytes[i + k], line, column))
            }
            // Overlong or surrogate forms.
            if length == 3 {
                let cp = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                if cp < 0x800 || (0xD800...0xDFFF).contains(cp) { return .failure(invalid(b, line, column)) }
            } else if length == 4 {
                let cp = (UInt32(b & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12)
                if cp < 0x10000 || cp > 0x10FFFF { return .failure(invalid(b, line, column)) }
            }
            i += length
            column += 1
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    private static func invalid(_ byte: UInt8, _ line: Int, _ column: Int) -> Failure {
        let hex = String(byte, radix: 16, uppercase: true)
        return Failure(line: line, column: column, problem: "invalid UTF-8 (byte 0x\(hex) at line \(line), column \(column)); save the file as UTF-8")
    }
}
