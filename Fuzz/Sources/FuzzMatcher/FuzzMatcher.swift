import FuzzSupport
import QamusCore

/// libFuzzer entry for the term matcher: the input's first line is a glossary (forms
/// separated by `|`), the rest is text. Matches must be ordered, non-overlapping,
/// inside the text, spell their surface exactly, the first-word and pair filters must
/// change nothing, a matcher with warm caches must find what a fresh one finds, and the
/// prefiltered index must find what the full index finds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = RoundTripCheck.text(data, size)
    let lines = input.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    let forms = (lines.first.map(String.init) ?? "").split(separator: "|").map(String.init)
    let text = lines.count > 1 ? String(lines[1]) : input
    var entries = [
        GlossaryEntry(id: 1, arabic: "بوتين", english: "Putin", type: "person"),
        GlossaryEntry(id: 2, arabic: "الحرس الثوري", english: "Revolutionary Guard Corps", type: "organization"),
        GlossaryEntry(id: 3, arabic: "إيراني", english: "Iranian", type: "term"),
        GlossaryEntry(id: 4, arabic: "S-300", english: "S-300", type: "term"),
    ]
    for (i, form) in forms.prefix(20).enumerated() {
        entries.append(GlossaryEntry(id: Int64(10 + i), arabic: form, english: "e\(i)", type: i % 2 == 0 ? "term" : "person"))
    }
    let scalars = Array(text.unicodeScalars)
    let index = TermIndex(entries: entries)
    let matcher = TermMatcher(index: index)
    let found = matcher.matches(in: text)
    // The filters only save lookups: looking every word and pair up finds the same.
    precondition(TermMatcher(index: index, prefilter: false).matches(in: text) == found, "the filters changed the matches")
    // The second time round every word is read from the matcher's caches.
    precondition(matcher.matches(in: String(text.reversed())).count >= 0 && matcher.matches(in: text) == found,
                 "a matcher with warm caches found other matches")
    // As a stretch of a longer text tokenized whole (a sentence after another): the same
    // matches, shifted by the stretch's offsets, and none running past its end.
    let before = Array("قال بوتين الحرس ".unicodeScalars)
    let joined = before + scalars
    let tokenizer = WordTokenizer()
    let lead = tokenizer.tokenize(scalars: joined, in: 0..<before.count)
    let all = lead + tokenizer.tokenize(scalars: joined, in: before.count..<joined.count)
    let first = lead.count
    let sliced = matcher.matches(tokens: all[first...], scalars: joined)
    precondition(sliced.map { ($0.range.lowerBound - before.count)..<($0.range.upperBound - before.count) } == found.map(\.range)
                 && sliced.map { ($0.tokenRange.lowerBound - first)..<($0.tokenRange.upperBound - first) } == found.map(\.tokenRange)
                 && sliced.map(\.entry.english) == found.map(\.entry.english), "a stretch of a longer text matched differently")
    precondition(matcher.matches(tokens: all[..<first], scalars: joined).allSatisfy { $0.range.upperBound <= before.count },
                 "a match ran past the end of its stretch")
    var end = 0
    for m in found {
        precondition(m.range.lowerBound >= end && m.range.upperBound <= scalars.count, "match out of order or range")
        precondition(String(String.UnicodeScalarView(scalars[m.range])) == m.surface, "surface differs from the text")
        end = m.range.upperBound
    }
    // The store's path: entries streamed into a builder as UTF-8 bytes.
    var builder = TermIndex.Builder(expectedEntries: entries.count)
    for e in entries {
        var english = e.english
        english.withUTF8 { builder.beginEntry(id: e.id, englishUTF8: $0, type: e.type, domain: e.domain) }
        for form in e.arabicForms {
            var f = form
            f.withUTF8 { builder.addForm(utf8: $0) }
        }
    }
    let streamed = TermMatcher(index: builder.build()).matches(in: text)
    precondition(streamed.map(\.range) == found.map(\.range), "streamed index differs from the index of whole entries")
    precondition(streamed.map(\.entry.english) == found.map(\.entry.english), "streamed index renders other entries")
    let words = WordTokenizer().tokenize(text).filter(\.isWord).map(\.text)
    let wanted = TermIndex.firstKeys(couldMatch: words)
    let subset = entries.filter { e in e.arabicForms.contains { TermIndex.keys(of: $0).first.map(wanted.contains) ?? false } }
    let again = TermMatcher(index: TermIndex(entries: subset)).matches(in: text)
    precondition(again.map(\.range) == found.map(\.range), "prefiltered index differs from the full index")
    return 0
}

/// SwiftPM links an executable's entry point as `FuzzMatcher_main`: hand over to libFuzzer.
@_cdecl("FuzzMatcher_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
