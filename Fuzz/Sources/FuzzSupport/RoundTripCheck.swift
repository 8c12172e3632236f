import QamusCore

/// Checks shared by the reader fuzz targets.
public enum RoundTripCheck {
    /// Fuzz input as text (invalid UTF-8 repaired, as the CLI would refuse it anyway).
    public static func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    }

    /// If `text` reads, writing what was read and reading it again must give the same entries.
    public static func check(_ text: String, format: GlossaryFormat) {
        guard let first = try? GlossaryReaders.read(text, format: format) else { return }
        for e in first.entries { precondition(GlossaryEntryValidator.problem(with: e) == nil, "reader accepted an invalid entry") }
        let written = GlossaryWriters(format: format).write(first.entries)
        let second: GlossaryDocument
        do { second = try GlossaryReaders.read(written, format: format) } catch {
            preconditionFailure("\(format): re-reading our own output failed: \(error)\n--- output:\n\(written)")
        }
        precondition(second.entries == first.entries, "\(format): round trip changed entries:\n\(first.entries)\n\(second.entries)")
    }
}
