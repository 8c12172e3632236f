import Testing
@testable import QamusCore

@Test func placeholder() { #expect(Normalizer.matching.key("إيران") == "ايران") }
