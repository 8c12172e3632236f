import Testing
@testable import QamusCore

/// Which reading of a written form the lexicon prefers: verbs over rare nouns, the right lemma
/// of a plural, imperfects of verbs the forms list lacks, and names that stay names.
@Suite("Lexicon readings")
struct LexiconReadingTests {
    let lookup = LexiconLookup.shared

    @Test("the preferred reading of a form", arguments: [
        ("نقلت", "نقل", LexiconPOS.verb),        // perfect ت: "reported", not "transfers"
        ("ذكرت", "ذكر", .verb),                   // not "reputations"
        ("تصل", "وصل", .verb),                    // indicative of وصل, not the jussive of صلى
        ("تقول", "قال", .verb),                   // hollow verb, not the Form V تقوّل
        ("الطائرات", "طائرة", .noun),             // sound plural of طائرة "plane", not طائر "bird"
        ("البيانات", "بيانات", .noun),            // plural-only "data", not بيانة "piano"
        ("أمني", "أمني", .adj),                   // "security", not "arouse desire"
        ("الأمنية", "أمني", .adj),
        ("سافر", "سافر", .verb),                  // "travel", not "writer"
        ("زوجته", "زوجة", .noun),                 // ت before an enclitic read as ة first
        ("الأسواق", "سوق", .noun),                // أفعال is a broken plural, not an imperfect
        ("حقوق", "حقوق", .noun),                  // a curated headword beats a learned verb reading
        ("المساعدات", "مساعدات", .noun),          // "aid", not "helps"
    ])
    func preferred(word: String, lemma: String, pos: LexiconPOS) throws {
        let r = try #require(lookup?.reading(of: word))
        #expect(r.best?.lemma == lemma)
        #expect(r.best?.pos == pos)
    }

    @Test("a participle or nisba in ين is a plural, another noun in ين a dual", arguments: [
        ("اللاجئين", LexiconFeatures.plural), ("المسؤولين", .plural), ("المواطنين", .plural), ("البلدين", .dual),
    ])
    func pluralOrDual(word: String, feature: LexiconFeatures) throws {
        let r = try #require(lookup?.reading(of: word))
        #expect(r.best?.features.contains(feature) == true)
    }

    @Test("the feminine of a nisba is the adjective, not its noun")
    func nisbaFeminine() throws {
        let r = try #require(lookup?.reading(of: "الإسبانية"))
        #expect(r.best?.pos == .adj)
    }

    @Test("imperfects of verbs the forms list lacks", arguments: [
        ("تعرقل", "عرقل"), ("يعرقلون", "عرقل"),
    ])
    func imperfects(word: String, lemma: String) throws {
        let r = try #require(lookup?.reading(of: word))
        #expect(r.best?.lemma == lemma)
        #expect(r.best?.pos == .verb)
        #expect(r.best?.features.contains(.imperfect) == true)
    }

    @Test("perfect stems of an imperfect", arguments: [
        ("تعرقل", ["عرقل", "اعرقل", "أعرقل"]),
        ("ينسحب", ["نسحب", "انسحب", "أنسحب"]),
        ("يعرقلون", ["عرقل", "اعرقل", "أعرقل"]),
        ("تصل", [String]()),        // too short: names like تيم stay names
        ("موسكو", [String]()),      // no imperfect prefix
    ])
    func imperfectBases(word: String, bases: [String]) {
        #expect(LexiconLookup.imperfectBases(word).map(\.0) == bases)
    }

    @Test("perfect stems under a subject ending", arguments: [
        ("تنازلت", ["تنازل"]), ("أبرموا", ["أبرم"]), ("كيت", [String]()), ("قالت", [String]()),
    ])
    func perfectBases(word: String, bases: [String]) {
        #expect(LexiconLookup.perfectBases(word).map(\.0) == bases)
    }

    /// Names looser verb and plural tiers once read as words (ن + وبار, و + يشير + ت, جوربو + ك): they must stay names.
    @Test("foreign names beginning with ت, ي or ن stay names", arguments: [
        "تيموثي", "يوكوهاما", "تاكاهاشي", "يلتسين", "تسيبراس", "نوبار", "تورستن", "ويشيرت", "تانسلي", "نوسوم",
        "هوليوك", "جوربوك", "قانصوه", "موردوك", "أليونا",
    ])
    func namesStayNames(name: String) {
        #expect(lookup?.reading(of: name) == nil)
    }

    @Test("expressions are compiled as multi-word keys", arguments: [
        ("بما في ذلك", "including"), ("وفقا ل", "according to"), ("الليلة الماضية", "last night"),
    ])
    func expressionKeys(key: String, english: String) throws {
        let lexicon = try #require(Lexicon.embedded)
        #expect(lexicon.analyses(of: key).first?.firstSense == english)
    }
}
