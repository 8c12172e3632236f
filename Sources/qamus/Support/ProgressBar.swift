import Foundation

/// A one-line progress display on stderr: count, rate and time left. Silent
/// unless stderr is a terminal (so piped and CI runs stay clean).
final class ProgressBar: @unchecked Sendable {
    private let total: Int?
    private let label: String
    private let enabled: Bool
    private let start = Date()
    private let lock = NSLock()
    private var lastDraw = Date.distantPast

    init(total: Int?, label: String, quiet: Bool) {
        self.total = total
        self.label = label
        enabled = !quiet && isatty(STDERR_FILENO) != 0
    }

    /// Redraws (at most ten times a second) with `done` items finished.
    func update(_ done: Int) {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        let now = Date()
        if now.timeIntervalSince(lastDraw) < 0.1, done != total { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        var line = "\r\(done)"
        if let total {
            line += "/\(total) \(label)"
            let width = 24
            let filled = total == 0 ? width : min(width, done * width / max(total, 1))
            line += " [" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
            let left = rate > 0 ? Double(total - done) / rate : 0
            line += String(format: " %.1f/s, %@ left", rate, Self.clock(left))
        } else {
            line += String(format: " %@ %.1f/s, %@", label, rate, Self.clock(elapsed))
        }
        FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
    }

    /// Ends the progress line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }

    private static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return String(format: "%d:%02d", s / 60, s % 60)
    }
}
