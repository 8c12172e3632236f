import Foundation
import QamusCore
import Testing
@testable import QamusStore

@Suite struct StoreBasicsTests {
    @Test func addListRemoveInMemory() throws {
        let store = try GlossaryStore(path: ":memory:")
        let putin = try store.add(GlossaryEntry(arabic: "بوتين", english: "Putin", type: "person"))
        #expect(putin.id != nil)
        #expect(putin.createdAt != nil)
        try store.add(GlossaryEntry(arabic: "الأسد", english: "Assad", type: "person"))
        try store.add(GlossaryEntry(arabic: "الأسد", english: "the lion", type: "term"))
        #expect(try store.count() == 3)
        #expect(try store.entries(arabic: "الاسد").count == 2)
        #expect(throws: StoreError.self) { try store.add(GlossaryEntry(arabic: "بوتين", english: "Poutine", type: "person")) }
        // Same Arabic key through spelling variation is the same identity.
        #expect(throws: StoreError.self) { try store.add(GlossaryEntry(arabic: "بُوتِين", english: "Putin", type: "person")) }
        let removed = try store.remove(ids: [putin.id!])
        #expect(removed.map(\.english) == ["Putin"])
        #expect(try store.count() == 2)
        #expect(throws: StoreError.self) { try store.remove(ids: [999]) }
    }

    @Test func arabicFormsAndEntriesByID() throws {
        let store = try GlossaryStore(path: ":memory:")
        let a = try store.add(GlossaryEntry(arabic: "شويغو", english: "Shoigu", type: "person", arabicVariants: ["شويجو"]))
        let b = try store.add(GlossaryEntry(arabic: "إيران", english: "Iran", type: "place", status: .deprecated))
        let forms = try store.arabicForms()
        #expect(forms.map(\.text) == ["شويغو", "شويجو", "إيران"])
        #expect(forms.map(\.isPreferred) == [true, false, true])
        #expect(forms[2].key == Normalizer.matching.key("إيران") && forms[2].status == .deprecated)
        #expect(try store.entries(ids: [b.id!, 999, a.id!]).map(\.english) == ["Shoigu", "Iran"])
    }

    @Test func updateKeepsIdAndCreationTime() throws {
        let store = try GlossaryStore(path: ":memory:")
        var e = try store.add(GlossaryEntry(arabic: "شويغو", english: "Shoigu", type: "person"))
        e.variants = ["Shoygu"]
        e.domain = "military"
        let changed = try store.update(e)
        #expect(changed.id == e.id)
        #expect(changed.createdAt == e.createdAt)
        let stored = try store.entry(id: e.id!)
        #expect(stored.variants == ["Shoygu"] && stored.domain == "military")
    }

    @Test(arguments: [
        GlossaryEntry(arabic: "", english: "x"),
        GlossaryEntry(arabic: "س", english: "  "),
        GlossaryEntry(arabic: "ـــ", english: "tatweel only"),
        GlossaryEntry(arabic: "س", english: "x", type: "two words"),
        GlossaryEntry(arabic: "س\u{0001}", english: "control"),
    ])
    func refusesInvalidEntries(_ entry: GlossaryEntry) throws {
        let store = try GlossaryStore(path: ":memory:")
        #expect(throws: StoreError.self) { try store.add(entry) }
        #expect(try store.count() == 0)
    }

    @Test func hostileTextIsStoredVerbatim() throws {
        let store = try GlossaryStore(path: ":memory:")
        for entry in richEntries() { try store.add(entry) }
        let back = try store.allEntries()
        #expect(back.map(\.arabic) == richEntries().map(\.arabic))
        #expect(back.map(\.note) == richEntries().map(\.note))
        #expect(back[3].variants == ["Hizbollah", "a|b pipe", "back\\slash"])
    }

    @Test func defaultDatabaseIsSeededOnceAndExplicitOneIsEmpty() throws {
        try withTemporaryDirectory { dir in
            let location = DatabaseLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": dir.path])
            #expect(location.isDefault)
            let store = try GlossaryStore.open(location)
            let seeded = try store.allEntries()
            #expect(seeded.contains { $0.arabic == "قوة القدس" && $0.english == "Quds Force" && $0.variants == ["Qods Force"] })
            // Removing entries does not bring the seed back on the next open.
            try store.remove(ids: [seeded[0].id!])
            #expect(try GlossaryStore.open(location).count() == seeded.count - 1)
            let explicit = DatabaseLocation.resolve(explicit: dir.appendingPathComponent("mine.sqlite").path, environment: ["QAMUS_DB": "/nonexistent"])
            #expect(!explicit.isDefault)
            #expect(try GlossaryStore.open(explicit).allEntries().isEmpty)
        }
    }

    @Test func resolvesEnvironmentThenHome() {
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["QAMUS_DB": "/tmp/x.sqlite"]) == DatabaseLocation(path: "/tmp/x.sqlite", isDefault: false))
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["HOME": "/home/u"]).path == "/home/u/.local/share/qamus/glossary.sqlite")
    }

    @Test func refusesForeignFilesWithoutTouchingThem() throws {
        try withTemporaryDirectory { dir in
            let text = dir.appendingPathComponent("notes.txt")
            try Data("hello".utf8).write(to: text)
            #expect(throws: StoreError.self) { try GlossaryStore(path: text.path) }
            #expect(try Data(contentsOf: text) == Data("hello".utf8))

            // An SQLite database of another program.
            let other = dir.appendingPathComponent("other.sqlite")
            do {
                let queue = try GRDBTestSupport.makeForeignDatabase(at: other.path)
                _ = queue
            }
            let before = try Data(contentsOf: other)
            #expect(throws: StoreError.self) { try GlossaryStore(path: other.path) }
            #expect(try Data(contentsOf: other) == before)
            #expect(!FileManager.default.fileExists(atPath: other.path + "-wal"))

            // A missing directory is an error, not a crash.
            #expect(throws: StoreError.self) { try GlossaryStore(path: dir.appendingPathComponent("no/such/dir.sqlite").path) }
            // An empty file is a new database.
            let empty = dir.appendingPathComponent("empty.sqlite")
            FileManager.default.createFile(atPath: empty.path, contents: Data())
            #expect(try GlossaryStore(path: empty.path).count() == 0)
        }
    }

    @Test func concurrentConnectionsAllWrite() async throws {
        try await withTemporaryDirectoryAsync { dir in
            let path = dir.appendingPathComponent("busy.sqlite").path
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<4 {
                    group.addTask {
                        let store = try GlossaryStore(path: path)
                        for i in 0..<25 {
                            try store.add(GlossaryEntry(arabic: "كلمة\(writer)x\(i)", english: "word \(writer)-\(i)"))
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(try GlossaryStore(path: path).count() == 100)
        }
    }

    /// Opening a brand-new file from several connections at once races on the switch to WAL
    /// mode, which SQLite's busy handler does not cover (CI saw "database is locked").
    @Test func manyConnectionsCreatingOneNewFileAllSucceed() throws {
        try withTemporaryDirectory { (dir: URL) throws -> Void in
            for round in 0..<60 {
                let path = dir.appendingPathComponent("new-\(round).sqlite").path
                let failures = StoreFailures()
                DispatchQueue.concurrentPerform(iterations: 6) { opener in
                    do {
                        let store = try GlossaryStore(path: path)
                        try store.add(GlossaryEntry(arabic: "كلمة\(opener)", english: "word \(opener)"))
                    } catch {
                        failures.add("\(error)")
                    }
                }
                #expect(failures.messages.isEmpty, "round \(round): \(failures.messages)")
                let count = try GlossaryStore(path: path).count()
                #expect(count == 6)
            }
        }
    }
}

final class StoreFailures: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var messages: [String] = []
    func add(_ message: String) { lock.lock(); messages.append(message); lock.unlock() }
}

func withTemporaryDirectoryAsync(_ body: (URL) async throws -> Void) async throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qamus-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try await body(dir)
}
