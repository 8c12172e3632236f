import Foundation
import Testing
@testable import QamusCore

@Suite("DraftJSONWriter")
struct DraftJSONWriterTests {
    /// The hand-written JSON must equal JSONEncoder's sorted, compact output.
    @Test func equalsJSONEncoderOutput() throws {
        let sentence = DraftSentence(
            index: 3, paragraph: 1, source: "قال \"بوتين\"\n\t\\ \u{01}/\r\u{08}\u{0C}\u{1F}ـً",
            draft: "said “Putin”",
            matches: [
                DraftMatch(start: 4, end: 10, surface: "بوتين", arabic: "بوتين", english: "Putin", type: "person", entryId: 7),
                DraftMatch(start: 0, end: 3, surface: "الأسد", arabic: "الأسد", english: "Assad", type: "person", entryId: 9, alternatives: ["the lion"]),
            ],
            unknown: [
                UnknownName(start: 0, end: 3, surface: "قال", transliteration: "Qal", origin: "model"),
                UnknownName(start: 0, end: 3, surface: "شويغو", transliteration: "Shoigu", origin: "name-lexicon", source: "curated"),
            ],
            tokens: [DraftToken(start: 0, end: 3, surface: "قال", english: "said", origin: "lexicon")])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode([sentence, sentence]), as: UTF8.self)
        let written = DraftJSONWriter.sentences([sentence, sentence])
        #expect(written == expected)
    }

    /// Re-indented compact JSON must equal JSONEncoder's pretty output, empty arrays and
    /// escapes (quotes, backslashes, braces inside strings) included.
    @Test func prettyPrinterEqualsJSONEncoderPrettyOutput() throws {
        let tricky = DraftSentence(
            index: 0, paragraph: 0, source: "{[\"]}, : قال", draft: "a, b : [c] {d}",
            matches: [], unknown: [], tokens: [])
        let full = DraftSentence(
            index: 12, paragraph: 2, source: "قال بوتين", draft: "Putin said",
            matches: [DraftMatch(start: 4, end: 9, surface: "بوتين", arabic: "بوتين", english: "Putin", type: "person", entryId: 7,
                                 alternatives: ["the lion", "x"])],
            unknown: [UnknownName(start: 0, end: 3, surface: "قال", transliteration: "Qal", origin: "model")],
            tokens: [DraftToken(start: 0, end: 3, surface: "قال", english: "said", origin: "lexicon")])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for value in [[tricky], [full, tricky], []] {
            let expected = String(decoding: try encoder.encode(value), as: UTF8.self)
            var compact: [UInt8] = []
            DraftJSONWriter.sentences(value, into: &compact)
            var pretty: [UInt8] = []
            JSONPrettyPrinter.append(compact, to: &pretty)
            #expect(String(decoding: pretty, as: UTF8.self) == expected)
        }
    }
}
