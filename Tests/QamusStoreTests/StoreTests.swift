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
        let removed = try store.remove(ids: [putin.id!])
        #expect(removed.map(\.english) == ["Putin"])
        #expect(try store.count() == 2)
    }

    @Test func defaultDatabaseIsSeededOnceAndExplicitOneIsEmpty() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qamus-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let location = DatabaseLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": dir.path])
        #expect(location.isDefault)
        let seeded = try GlossaryStore.open(location).allEntries()
        #expect(seeded.contains { $0.arabic == "قوة القدس" && $0.english == "Quds Force" && $0.variants == ["Qods Force"] })
        let explicit = DatabaseLocation.resolve(explicit: dir.appendingPathComponent("mine.sqlite").path, environment: [:])
        #expect(try GlossaryStore.open(explicit).allEntries().isEmpty)
    }

    @Test func refusesForeignFilesWithoutTouchingThem() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qamus-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = dir.appendingPathComponent("notes.txt")
        try Data("hello".utf8).write(to: text)
        #expect(throws: StoreError.self) { try GlossaryStore(path: text.path) }
        #expect(try Data(contentsOf: text) == Data("hello".utf8))
    }
}
