import Foundation

/// Buffered writes to stdout (or a file), flushed in large blocks.
struct OutputWriter {
    private var buffer: [UInt8] = []
    private let handle: FileHandle

    init(handle: FileHandle = .standardOutput) {
        self.handle = handle
        buffer.reserveCapacity(1 << 16)
    }

    mutating func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func line(_ s: String) {
        write(s)
        buffer.append(0x0A)
    }

    mutating func flush() {
        if buffer.isEmpty { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
