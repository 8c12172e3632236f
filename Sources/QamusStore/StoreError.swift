import QamusCore

/// What can go wrong in the glossary store; every message quotes the offending value.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// `path` exists but is not a Qamus glossary database; it was not modified.
    case notQamusDatabase(path: String, reason: String)
    /// The database was written by a newer Qamus (it has migrations this build does not know).
    case newerSchema(path: String, unknown: [String])
    /// The directory for the default database could not be created.
    case cannotCreateDirectory(path: String, reason: String)
    /// An entry with the same Arabic key, type and domain exists already.
    case duplicate(new: GlossaryEntry, existing: GlossaryEntry)
    /// No entry has this id.
    case notFound(id: Int64)
    /// The entry breaks a rule (empty term, bad type, …).
    case invalid(String)
    /// An import met clashes with `--on-duplicate fail`; nothing was written.
    case importClashes([ImportClash])
    /// SQLite failed; the message is SQLite's.
    case database(String)

    public var description: String {
        switch self {
        case let .notQamusDatabase(path, reason):
            return "\(path) is not a Qamus glossary database (\(reason)); it was left untouched. Name a new file or an existing Qamus database with --db."
        case let .newerSchema(path, unknown):
            return "\(path) was written by a newer Qamus (unknown migrations: \(unknown.joined(separator: ", "))); upgrade qamus to use it"
        case let .cannotCreateDirectory(path, reason):
            return "cannot create the directory \(path) for the default glossary: \(reason)"
        case let .duplicate(new, existing):
            return "'\(new.arabic)' (\(new.type)\(new.domain.map { ", " + $0 } ?? "")) is already entry #\(existing.id ?? 0) → '\(existing.english)'; edit it with `qamus glossary edit \(existing.id ?? 0)`, or give another --type or --domain"
        case let .notFound(id):
            return "no glossary entry has id \(id)"
        case let .invalid(problem):
            return problem
        case let .importClashes(clashes):
            let lines = clashes.prefix(100).map(\.description)
            let more = clashes.count > 100 ? "\n… and \(clashes.count - 100) more" : ""
            return "\(clashes.count) entr\(clashes.count == 1 ? "y clashes" : "ies clash") with existing ones; nothing was imported (use --on-duplicate skip or update):\n" + lines.joined(separator: "\n") + more
        case let .database(message):
            return "database error: \(message)"
        }
    }
}

/// One imported entry whose identity (Arabic key, type, domain) is already taken.
public struct ImportClash: Sendable, CustomStringConvertible {
    /// The entry's line in the imported file.
    public var line: Int
    /// The imported entry.
    public var entry: GlossaryEntry
    /// The stored entry it clashes with, or nil when it clashes with an earlier row of the same import.
    public var existing: GlossaryEntry?
    /// The line of the earlier row of the same import, when that is the clash.
    public var earlierLine: Int?

    public var description: String {
        let what = "line \(line): '\(entry.arabic)' (\(entry.type)\(entry.domain.map { ", " + $0 } ?? ""))"
        if let existing { return "\(what) clashes with stored #\(existing.id ?? 0) → '\(existing.english)'" }
        return "\(what) repeats line \(earlierLine ?? 0) of the same file"
    }
}
