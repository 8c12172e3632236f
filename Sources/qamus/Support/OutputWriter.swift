import Foundation

/// Buffered writes to stdout, or to a file that appears only when complete
/// (written beside it under a temporary name, then renamed).
struct OutputWriter {
    private var buffer: [UInt8] = []
    private let handle: FileHandle
    private let finalPath: String?
    private let temporaryPath: String?

    /// A writer to stdout.
    init() {
        self.init(handle: .standardOutput, finalPath: nil, temporaryPath: nil)
    }

    private init(handle: FileHandle, finalPath: String?, temporaryPath: String?) {
        self.handle = handle
        self.finalPath = finalPath
        self.temporaryPath = temporaryPath
        buffer.reserveCapacity(1 << 16)
    }

    /// A writer to `path` (stdout when `nil` or "-").
    init(path: String?) throws {
        guard let path, path != "-" else { self.init(); return }
        let temp = path + ".qamus-tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temp, contents: nil),
              let h = FileHandle(forWritingAtPath: temp) else {
            throw CLIError.input(file: path, line: nil, problem: "cannot be written")
        }
        self.init(handle: h, finalPath: path, temporaryPath: temp)
    }

    mutating func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Appends bytes produced in place by `body`.
    mutating func write(bytes body: (inout [UInt8]) -> Void) {
        body(&buffer)
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

    /// Flushes and, for a file, moves it into place.
    mutating func finish() throws {
        flush()
        guard let finalPath, let temporaryPath else { return }
        try handle.close()
        if FileManager.default.fileExists(atPath: finalPath) { try FileManager.default.removeItem(atPath: finalPath) }
        try FileManager.default.moveItem(atPath: temporaryPath, toPath: finalPath)
    }

    /// Removes an unfinished output file.
    func discard() {
        if let temporaryPath { try? FileManager.default.removeItem(atPath: temporaryPath) }
    }
}
