/// Strings stored end to end as UTF-8 in one byte array and addressed by number:
/// a million glossary strings cost two allocations instead of a million.
struct TextColumn: Sendable {
    private(set) var bytes: [UInt8] = []
    /// Start of string `i` is `starts[i]`, its end `starts[i + 1]`.
    private(set) var starts: [UInt32] = [0]

    /// The number of strings.
    var count: Int { starts.count - 1 }

    mutating func reserve(strings: Int, bytes: Int) {
        starts.reserveCapacity(strings + 1)
        self.bytes.reserveCapacity(bytes)
    }

    /// Appends `text`; returns its number.
    @discardableResult
    mutating func append(_ text: String) -> Int {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
        starts.append(UInt32(bytes.count))
        return count - 1
    }

    /// Appends UTF-8 bytes; returns their number.
    @discardableResult
    mutating func append(bytes new: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.append(contentsOf: new)
        starts.append(UInt32(bytes.count))
        return count - 1
    }

    /// Byte offsets of string `i` in `bytes`.
    @inline(__always)
    func range(_ i: Int) -> Range<Int> { Int(starts[i])..<Int(starts[i + 1]) }

    func string(_ i: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range(i)]), as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of string `i`.
    @inline(__always)
    func withBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let r = range(i)
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[r])) }
    }

    /// Drops the spare capacity left by growth (the column is then read only).
    mutating func trim() {
        bytes = Self.exact(bytes)
        starts = Self.exact(starts)
    }

    static func exact<T>(_ array: [T]) -> [T] {
        guard array.capacity > array.count + array.count / 16 + 16 else { return array }
        return Array(unsafeUninitializedCapacity: array.count) { buffer, count in
            _ = array.withUnsafeBufferPointer { buffer.initialize(fromContentsOf: $0) }
            count = array.count
        }
    }

    /// Bytes held, for memory reports.
    var footprint: Int { bytes.capacity + 4 * starts.capacity }
}
