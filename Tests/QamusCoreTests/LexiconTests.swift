import Testing
@testable import QamusCore

@Suite("Lexicon")
struct LexiconTests {
    let lookup = LexiconLookup.shared

    @Test("the embedded lexicon loads and has its keys")
    func loads() throws {
        let lexicon = try #require(Lexicon.embedded)
        #expect(lexicon.count > 200_000)
        #expect(lexicon.contains("صاروخ"))
        #expect(!lexicon.contains("قزقزقز"))
    }

    @Test("a blob that is not a lexicon is rejected with its header quoted")
    func badHeader() {
        #expect(throws: LexiconError.badHeader("ABCD")) { try Lexicon(bytes: Array("ABCD".utf8) + Array(repeating: 0, count: 60)) }
    }

    @Test("lookup goes through forms, clitics and the loose key", arguments: [
        ("صواريخ", "صاروخ", [String](), nil as String?),       // broken plural → lemma (missiles)
        ("قوات", "قوة", [], nil),                              // forces
        ("وبقواتها", "قوة", ["و", "ب"], "ها"),                  // and with its forces
        ("للسلطة", "سلطة", ["ل"], nil),                          // لل → ل + ال
        ("مسئولية", "مسؤولية", [], nil),                        // ئ/ؤ spelling
        ("اكد", "أكد", [], nil),                                // bare alef for hamza
        ("ابنتها", "ابنة", [], "ها"),                           // ت→ة before an enclitic
        ("سيعلن", "أعلن", ["س"], nil),                          // future س
        ("وفي", "في", ["و"], nil),                              // "and in", not "loyal"
        ("استخباراتية", "استخبارات", [], nil),                  // nisba of a WordNet noun (intelligence)
        ("والاستخباراتي", "استخبارات", ["و"], nil),             // and the intelligence (adj.)
    ])
    func lookups(word: String, lemma: String, proclitics: [String], enclitic: String?) throws {
        let r = try #require(lookup?.reading(of: word))
        #expect(r.best?.lemma == lemma)
        #expect(r.proclitics == proclitics)
        #expect(r.enclitic == enclitic)
    }

    /// Nisba readings of WordNet nouns need a base of five letters or more: shorter ones
    /// would read names as words (نيسبي is a name, not "captive").
    @Test("nisba bases of WordNet nouns", arguments: [
        ("استخباراتية", ["استخبارات"]), ("الاستخباراتي", ["استخبارات"]), ("نيسبي", []), ("خزري", []), ("قال", []),
    ])
    func nisbaBases(word: String, bases: [String]) {
        #expect(LexiconLookup.nisbaBases(word).map(\.0) == bases)
    }

    @Test("forms carry plural, dual, imperfect and definite features", arguments: [
        ("صواريخ", LexiconFeatures.plural),
        ("يقول", LexiconFeatures.imperfect),
        ("الأسعار", LexiconFeatures.definite),
    ])
    func features(word: String, feature: LexiconFeatures) throws {
        let r = try #require(lookup?.reading(of: word))
        #expect(r.best?.features.contains(feature) == true)
    }

    @Test("senses never include dictionary descriptions", arguments: [
        "أن", "قد", "أو", "ما", "إن", "ليس", "منذ", "لقد", "ب", "ل", "أي", "إلا", "أما", "ثم", "سوى", "كي", "يوم", "كل",
    ])
    func noDescriptions(word: String) throws {
        let lexicon = try #require(Lexicon.embedded)
        for a in lexicon.analyses(of: word) {
            for sense in a.senses {
                let lower = sense.lowercased()
                for bad in ["used ", "indicates", "imparts", "see ", "synonym", "alternative form", "expresses", "introduces", "(", ":"] {
                    #expect(!lower.contains(bad), "\(word): '\(sense)'")
                }
                #expect(sense.split(separator: " ").count <= 4, "\(word): '\(sense)'")
            }
        }
    }

    @Test("news senses come first", arguments: [
        ("رئيس", "president"), ("مجلس", "council"), ("سعر", "price"), ("ارتفاع", "rise"), ("مدينة", "city"),
    ])
    func newsSenses(word: String, english: String) throws {
        let r = try #require(lookup?.reading(of: word))
        #expect(r.best?.firstSense == english)
    }

    @Test("loose keys fold hamza, alef maqsura, teh marbuta", arguments: [
        ("مسئول", "مسءول"), ("مسؤول", "مسءول"), ("إعلان", "اعلان"), ("على", "علي"), ("مدينة", "مدينه"), ("آخر", "اخر"),
    ])
    func loose(input: String, folded: String) {
        #expect(LooseKey.fold(input) == folded)
    }
}
