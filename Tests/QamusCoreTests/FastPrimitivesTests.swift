import Testing
@testable import QamusCore

/// The byte-level helpers the hot paths rely on must agree with the plain `String` behaviour.
@Suite("Fast primitives")
struct FastPrimitivesTests {
    @Test(arguments: [
        "", "a", "قال", "وبالحرس الثوري", "S-300S", "ﷲ", "🇮🇷 إيران", "a\u{0301}",
    ])
    func stringFromScalarsRoundTrips(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(String(scalars: scalars) == text)
        #expect(String(scalars: scalars).utf8.elementsEqual(text.utf8))
        if scalars.count > 1 {
            // A slice, as the tokenizer takes one: "قال" [1..<3] is "ال" ("the").
            let tail = scalars[1...]
            #expect(String(scalars: tail).unicodeScalars.elementsEqual(tail))
        }
    }

    @Test(arguments: [
        ("قال", "قال", true), ("قال", "قالت", false), ("", "", true), ("", "ا", false),
        // Canonically equivalent but different bytes: byte keys tell them apart, by design.
        ("\u{00E9}", "e\u{0301}", false), ("a long latin key of some length", "a long latin key of some length", true),
    ])
    func byteKeysCompareBytes(_ a: String, _ b: String, _ equal: Bool) {
        #expect((ByteKey(a) == ByteKey(b)) == equal)
        if equal { #expect(ByteKey(a).hashValue == ByteKey(b).hashValue) }
    }

    @Test func keyFilterHasNoFalseNegativesAndFewFalsePositives() {
        let present = (0..<20_000).map { "كلمة\($0)" }
        let absent = (0..<20_000).map { "اسم\($0)" }
        let filter = KeyFilter(count: present.count) { add in
            for key in present { Array(key.utf8).withUnsafeBytes { add($0) } }
        }
        let missed = present.filter { key in !Array(key.utf8).withUnsafeBytes { filter.mightContain($0) } }
        #expect(missed.isEmpty)
        let falsePositives = absent.filter { key in Array(key.utf8).withUnsafeBytes { filter.mightContain($0) } }
        #expect(falsePositives.count < absent.count / 100)  // designed for about 1 in 300
    }

    @Test func lexiconFindsEveryKindOfKeyThroughItsFilter() throws {
        let lexicon = try #require(Lexicon.embedded)
        // A headword, an inflected form, and a loose spelling (hamza dropped: اجتماع for إجتماع).
        #expect(lexicon.contains("قوة"))
        #expect(lexicon.contains("قوات"))
        #expect(!lexicon.looseAnalyses(of: "اجتماع").isEmpty)
        #expect(!lexicon.contains("سيتشينوف"))  // a name, not a word
        #expect(lexicon.looseAnalyses(of: "سيتشينوف").isEmpty)
    }
}
