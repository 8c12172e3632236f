import Testing
@testable import QamusStore
@Test func storePlaceholder() throws { _ = try GlossaryStore(path: ":memory:") }
