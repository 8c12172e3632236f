import Foundation
import QamusCore

/// A fresh temporary directory, removed when the test's closure returns.
func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qamus-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    return try body(dir)
}

/// Entries that exercise every field and the hostile cases: homographs, bidi
/// overrides, zero-width characters, quotes, separators, line breaks, 10 kB text.
func richEntries() -> [GlossaryEntry] {
    let created = GlossaryDate.parse("2024-05-01T09:30:00Z")
    let updated = GlossaryDate.parse("2025-01-02T03:04:05Z")
    let long = String(repeating: "نص طويل جدا ", count: 900) + "نهاية"  // ≈ 10 kB of UTF-8
    return [
        GlossaryEntry(arabic: "سيرغي شويغو", english: "Sergei Shoigu", type: "person",
                      arabicVariants: ["سيرجي شويجو", "شويغو"], variants: ["Sergey Shoygu"], deprecated: ["Sergei Shoygu"],
                      domain: "military", note: "Russian defence minister 2012-2024", source: "newsroom style guide",
                      status: .approved, createdAt: created, updatedAt: updated),
        GlossaryEntry(arabic: "الأسد", english: "Assad", type: "person", variants: ["al-Assad"], note: "the Syrian family",
                      createdAt: created, updatedAt: created),
        GlossaryEntry(arabic: "الأسد", english: "the lion", type: "term", domain: "zoology", status: .draft,
                      createdAt: created, updatedAt: updated),
        GlossaryEntry(arabic: "حزب الله", english: "Hezbollah", type: "organization",
                      variants: ["Hizbollah", "a|b pipe", "back\\slash"], deprecated: ["Hizballah"],
                      note: "comma, \"quotes\", <tags> & ampersands\nsecond line\twith a tab", status: .deprecated,
                      createdAt: created, updatedAt: updated),
        GlossaryEntry(arabic: "\u{202E}مخادع\u{202C}", english: "spoof\u{200B}ed \u{2067}x\u{2069}", type: "term",
                      note: "RTL override and zero-width space", createdAt: created, updatedAt: created),
        GlossaryEntry(arabic: "نص", english: "long text", type: "term", note: long, createdAt: created, updatedAt: created),
    ]
}
