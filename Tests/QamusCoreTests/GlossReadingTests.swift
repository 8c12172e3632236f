import Testing
@testable import QamusCore

/// Word choice by context and fixed expressions: each rule with cases it must change and
/// cases it must leave alone.
@Suite("Glosser: expressions and readings in context")
struct GlossReadingTests {
    /// The English line of `text`; `fixed` gives tokens English as the glossary would
    /// (surface → English, already carrying its proclitic as the drafter writes it).
    func english(_ text: String, fixed: [String: String] = [:]) -> String {
        GlossLine.english(text, names: fixed)
    }

    @Test("fixed expressions gloss as units", arguments: [
        ("بما في ذلك الصواريخ", "Including the missiles"),
        ("الليلة الماضية", "Last night"),
        ("على الأقل", "At least"),
        ("منذ وقت طويل", "For a long time"),
        ("في حين", "While"),
        // The loose spelling (no hamza) matches too.
        ("بالاضافة الى", "In addition to"),
        // A proclitic on the first word is split off: و "and".
        ("ومن أجل", "And in order to"),
    ])
    func expressions(arabic: String, expected: String) {
        #expect(english(arabic) == expected)
    }

    @Test("an expression ending in a proclitic takes it from the next word", arguments: [
        ("وفقا للتقرير", "According to the report"),
        ("ووفقا لرويترز", "And according to Reuters"),
        ("التابعة للحرس", "Affiliated with the Guard"),
    ])
    func procliticExpressions(arabic: String, expected: String) {
        #expect(english(arabic, fixed: ["لرويترز": "to Reuters", "للحرس": "to the Guard"]) == expected)
    }

    @Test("parts of an expression alone keep their own glosses", arguments: [
        ("في الوقت", "at the same time"), ("بما", "including"), ("الليلة", "last night"), ("وفقا", "according to"),
    ])
    func expressionPartsAlone(arabic: String, notExpected: String) {
        #expect(!english(arabic).lowercased().contains(notExpected))
    }

    @Test("a noun-verb homograph opening a clause before its subject is the verb", arguments: [
        ("سافر الجنرال إلى موسكو", "traveled"),
        ("نقلت الوكالة عن مسؤول", "reported"),
        ("كما ذكر التقرير", "reported"),
    ])
    func clauseVerbs(arabic: String, verb: String) {
        #expect(english(arabic).contains(verb))
    }

    @Test("the noun stays a noun after a preposition or before an indefinite word", arguments: [
        ("بعد نقل الجرحى", "transfer"),
        ("في عقد الاتفاق", "decade"),
        ("من نقل الأسلحة", "transfer"),
    ])
    func nounsStayNouns(arabic: String, noun: String) {
        #expect(english(arabic).contains(noun))
    }

    @Test("a verbal noun after ل before its object is an infinitive", arguments: [
        ("لمناقشة القضايا", "To discuss the cases"),
        ("لمنع أي محاولة", "To prevent any attempt"),
    ])
    func infinitives(arabic: String, expected: String) {
        #expect(english(arabic) == expected)
    }

    @Test("not an infinitive: a participle, or nothing to take as an object", arguments: [
        ("لصالح الشعب", "reconcile"),
        ("لعقد من الزمن", "hold"),
    ])
    func notInfinitives(arabic: String, notExpected: String) {
        #expect(!english(arabic).contains(notExpected))
    }

    @Test("a nisba with no noun before it is the noun", arguments: [
        ("قال دبلوماسي غربي", "diplomat"),
    ])
    func nisbaNouns(arabic: String, noun: String) {
        #expect(english(arabic).contains(noun))
    }

    @Test("a nisba after its noun stays an adjective")
    func nisbaAdjective() {
        #expect(english("مسؤول دبلوماسي").lowercased().contains("diplomatic"))
    }

    @Test("كبير is senior after people of rank, big after things", arguments: [
        ("مسؤول كبير", "Senior official"),
    ])
    func senior(arabic: String, expected: String) {
        #expect(english(arabic) == expected)
        #expect(!english("مبنى كبير").contains("senior"))
    }

    @Test("after a verb of saying an indefinite noun is the subject; after another verb it is not", arguments: [
        ("قال دبلوماسي غربي", "A western diplomat said"),
        ("قال مسؤولون", "Officials said"),
    ])
    func indefiniteSpeaker(arabic: String, expected: String) {
        #expect(english(arabic) == expected)
        #expect(english("أخذ طائرة خاصة").hasPrefix("Took"))
    }

    @Test("a verb agrees with a plural subject moved before it", arguments: [
        ("يقول المحللون", "The analysts say"),
        ("تقول المصادر", "The sources say"),
        ("يقول المحلل", "The analyst says"),
    ])
    func agreement(arabic: String, expected: String) {
        #expect(english(arabic) == expected)
    }

    @Test("a masculine plural loses its ن before a pronoun: مقاتليه → his fighters")
    func pluralBeforePronoun() {
        #expect(english("مقاتليه") == "His fighters")
    }

    @Test("a multi-word construct is as definite as its last word: adjectives after it agree")
    func constructDefiniteness() {
        #expect(english("وزارة الدفاع البريطانية") == "The British defense ministry")
    }

    @Test("أن with a pronoun is 'that' and its verb keeps its person; without one, 'to' and the bare verb", arguments: [
        ("أنه يعتقد", "That he believes"),
        ("أراد أن يعلن", "Wanted to announce"),
    ])
    func thatWithPronoun(arabic: String, expected: String) {
        #expect(english(arabic) == expected)
    }

    @Test("a fixed term carrying a proclitic takes no 'of' after a noun")
    func fixedWithProclitic() {
        #expect(english("بيع لإيران", fixed: ["لإيران": "to Iran"]) == "Sale to Iran")
        #expect(GlossLine.english("رئيس روسيا", names: ["روسيا": "Russia"], places: ["روسيا"]) == "The president of Russia")
    }

    @Test("an adjective expression agrees by its own article: حماية طويلة المدى → long-range protection")
    func adjectiveExpression() {
        #expect(english("حماية طويلة المدى") == "Long-range protection")
    }

    @Test("قام ب + a verbal noun is that verb; before another noun ب says nothing", arguments: [
        ("قام بتسليم الصواريخ", "Handed over the missiles"),
        ("وقامت بتسليم", "And handed over"),
        ("قام بزيارة", "Carried out a visit"),
    ])
    func perform(arabic: String, expected: String) {
        #expect(english(arabic).contains(expected))
        #expect(!english(arabic).contains(" in "))
    }

    @Test("prepositional words written with ب or ل read as one preposition", arguments: [
        ("بشأن الاتفاق", "About the agreement"), ("لمدة عام", "For year"), ("بحسب التقرير", "According to the report"),
    ])
    func prepositionalWords(arabic: String, expected: String) {
        #expect(english(arabic) == expected)
    }

    @Test("a noun counted by a number above one is plural in English; a year counts nothing", arguments: [
        ("48 ساعة", "48 Hours"), ("1 ساعة", "1 Hour"), ("2014 الحرب", "2014 The war"),
    ])
    func counted(arabic: String, expected: String) {
        #expect(english(arabic) == expected)
    }

    @Test("a cardinal counts the indefinite noun after it", arguments: [
        ("ثلاثة مصادر", "Three sources"), ("خمس سنوات", "Five years"), ("ثلاثة أيام", "Three days"),
    ])
    func cardinals(arabic: String, expected: String) {
        #expect(english(arabic) == expected)
        #expect(english("خمس الأصوات").contains("of"))  // a fifth of the votes: a fraction keeps "of"
    }

    @Test("a demonstrative is the article of its noun", arguments: [
        ("هذه الزيارة", "This visit"), ("هذه الصواريخ", "These missiles"), ("هذه المحادثات", "These talks"), ("ذلك الوقت", "That time"),
    ])
    func demonstratives(arabic: String, expected: String) {
        #expect(english(arabic) == expected)
    }

    @Test("a nisba before الصنع is where a thing is made")
    func madeIn() {
        #expect(english("صواريخ روسية الصنع") == "Russian-made missiles")
    }

    @Test("عن after a reporting verb or its subject names the source", arguments: [
        ("نقلت الوكالة عن مسؤول", "citing"), ("ذكر عن مصادر", "citing"),
    ])
    func citing(arabic: String, expected: String) {
        #expect(english(arabic).contains(expected))
        #expect(english("تحدث الوزير عن الأزمة").contains("about"))
    }

    @Test("a verb governing على takes its own preposition", arguments: [
        ("حصل على الأرض", "Obtained the land"), ("وافق على الاتفاق", "Agreed to the agreement"),
    ])
    func verbsWithAla(arabic: String, expected: String) {
        #expect(english(arabic) == expected)
        #expect(english("قال على الأرض").contains("on"))
    }

    @Test("a modal takes the bare verb: يمكن أن تصل → can reach")
    func modal() {
        let line = english("يمكن أن تصل")
        #expect(!line.contains("to"))
        #expect(line.contains("arrive"))
    }
}
