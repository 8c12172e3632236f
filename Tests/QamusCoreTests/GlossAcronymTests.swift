import Testing
@testable import QamusCore

/// Acronyms spelled in Arabic letter names, and الخاص / الخاصة as possession: each rule with
/// sentences it must change and sentences it must leave alone.
@Suite("Glosser: spelled acronyms and own / of")
struct GlossAcronymTests {
    /// The English line of `text`, with the Latin and unknown words as written.
    func english(_ text: String) -> String {
        GlossLine.english(text, unknown: .asWritten)
    }

    @Test("a run of two or more letter names is an acronym", arguments: [
        // عمل لصالح بي بي سي: "worked for the BBC".
        ("عمل لصالح بي بي سي لعقد", "BBC"),
        ("قال مراسل سي إن إن", "CNN"),
        ("أعلنت إم بي إس", "MBS"),
        ("مطعم كيه إف سي", "KFC"),
    ])
    func acronym(arabic: String, expected: String) {
        let line = english(arabic)
        #expect(line.contains(expected), "\(line)")
    }

    @Test("a lone letter name, or إن / في / أو first, is no acronym", arguments: [
        // جون دي دومينيكو: a name part.
        ("شرح جون دي دومينيكو", "D"),
        // قال إن بي: إن ("that") never starts an acronym.
        ("قال إن سي", "NC"),
        ("يعمل في سي", "VC"),
    ])
    func notAcronym(arabic: String, unexpected: String) {
        let words = english(arabic).split(separator: " ").map(String.init)
        #expect(!words.contains(unexpected), "\(words)")
    }

    @Test("a glossary term keeps its English over letter names") func glossaryWins() {
        var inputs = WordTokenizer().tokenize("على بي بي سي").map { GlossInput($0) }
        inputs[1].fixedEnglish = "Bee"
        inputs[1].fixedOrigin = .glossary
        let line = Glosser.shared.gloss(inputs, fallback: { ($0, .model) }).english
        #expect(!line.contains("BBC"), "\(line)")
    }

    @Test("الخاص / الخاصة is 'own' after a possessed noun, 'of' before ب + noun", arguments: [
        // بطارياتها الخاصة: "its own batteries".
        ("واستبدلت بطارياتها الخاصة", "its own batteries"),
        ("تبنت معاييرهن الخاصة", "own standards"),
        // الموقع الإلكتروني الخاص بالشركة: "the company's website".
        ("زار الموقع الإلكتروني الخاص بالشركة", "site of the company"),
    ])
    func own(arabic: String, expected: String) {
        let line = english(arabic)
        #expect(line.contains(expected), "\(line)")
        #expect(!line.contains("special"), "\(line)")
    }

    @Test("elsewhere خاص keeps 'special'", arguments: [
        ("تعمل في المدارس الخاصة", "special"),
        ("وصلت طائرة خاصة", "special"),
        ("المنبه الخاص بك", "special"),
    ])
    func special(arabic: String, expected: String) {
        let line = english(arabic)
        #expect(line.contains(expected), "\(line)")
        #expect(!line.contains("own"), "\(line)")
    }
}
