import GRDB
import QamusCore

/// What an import does with an entry whose identity (Arabic key, type, domain)
/// is already stored or appears earlier in the same file.
public enum DuplicatePolicy: String, Sendable, CaseIterable {
    /// Keep the stored (or earlier) entry; drop the new one.
    case skip
    /// Replace the stored entry's fields with the new ones (keeping its id and creation time).
    case update
    /// Import nothing and report every clash.
    case fail
}

/// What an import did.
public struct ImportReport: Sendable, Equatable {
    public var added = 0
    public var updated = 0
    public var skipped = 0
    public init() {}
}

/// Runs one import inside the caller's transaction.
struct GlossaryImporter {
    let policy: DuplicatePolicy

    func run(_ db: Database, document: GlossaryDocument) throws -> ImportReport {
        var report = ImportReport()
        let search = SearchIndexBatch()
        var clashes: [ImportClash] = []
        // Identity → (line, stored id) of the rows of this import, to catch repeats inside the file.
        var seen: [[UInt8]: (line: Int, id: Int64?)] = [:]
        for (i, raw) in document.entries.enumerated() {
            let line = i < document.lines.count ? document.lines[i] : i + 1
            let entry: GlossaryEntry
            do { entry = try GlossaryStore.validated(raw) } catch let StoreError.invalid(problem) {
                throw StoreError.invalid("line \(line): \(problem)")
            }
            let arabicKey = SearchKeys.key(entry.arabic)
            // Hashed as bytes: hashing a non-ASCII String checks its normalisation every time.
            var identity = Array(arabicKey.utf8)
            identity.append(0x1F)
            identity += entry.type.utf8
            identity.append(0x1F)
            identity += (entry.domain ?? "").utf8
            if let earlier = seen[identity] {
                switch policy {
                case .fail: clashes.append(ImportClash(line: line, entry: entry, existing: nil, earlierLine: earlier.line))
                case .skip: report.skipped += 1
                case .update:
                    var changed = entry
                    changed.id = earlier.id
                    _ = try EntryRows.update(db, changed, touch: entry.updatedAt == nil, search: search)
                }
                continue
            }
            var new = entry
            new.id = nil
            if let stored = try EntryRows.insert(db, new, arabicKey: arabicKey, search: search) {
                seen[identity] = (line, stored.id)
                report.added += 1
                continue
            }
            guard let existing = try EntryRows.existing(db, identityOf: entry) else {
                throw StoreError.database("line \(line): '\(entry.arabic)' could not be stored")
            }
            seen[identity] = (line, existing.id)
            switch policy {
            case .fail: clashes.append(ImportClash(line: line, entry: entry, existing: existing, earlierLine: nil))
            case .skip: report.skipped += 1
            case .update:
                var changed = entry
                changed.id = existing.id
                if changed.createdAt == nil { changed.createdAt = existing.createdAt }
                _ = try EntryRows.update(db, changed, touch: entry.updatedAt == nil, search: search)
                report.updated += 1
            }
        }
        if !clashes.isEmpty { throw StoreError.importClashes(clashes) }
        try search.flush(db)
        return report
    }
}
