import Testing
@testable import QamusCore

/// Clause shapes (`ClauseShaper`) and the agreement rules of `WordOrderer`: each rule with
/// sentences it must change and sentences it must leave alone.
@Suite("Glosser: clause shapes and agreement")
struct GlossClauseTests {
    /// The English line of `text`; `names` gives tokens English as the name list would.
    func english(_ text: String, names: [String: String] = [:]) -> String {
        GlossLine.english(text, names: names)
    }

    @Test("عبر … عن opening a clause is 'expressed', with its subject first", arguments: [
        ("وعبر مسؤولون آخرون عن قلقهم", "And other officials expressed their concern"),
        ("عبر الوزير عن قلقه", "The minister expressed his concern"),
    ])
    func expressed(arabic: String, expected: String) {
        #expect(english(arabic) == expected)
    }

    @Test("عبر stays 'across' inside a clause or before عن طريق", arguments: [
        ("سافر عبر الحدود", "across"),
        ("سافر عبر الحدود عن طريق البحر", "across"),
    ])
    func across(arabic: String, kept: String) {
        #expect(english(arabic).contains(kept))
    }

    @Test("يعد / تعد opening a clause is 'is considered', its subject first")
    func considered() {
        #expect(english("وتعد هذه الزيارة أول لقاء") == "And this visit is considered the first meeting")
    }

    @Test("يعد inside a clause, or with a future prefix, is not the passive", arguments: [
        "قال إنه يعد خطة", "سيعد الوزير خطة",
    ])
    func notConsidered(arabic: String) {
        #expect(!english(arabic).contains("considered"))
    }

    @Test("a pronoun opening a nominal clause carries the copula", arguments: [
        ("هي واحدة من الدول", "It is one of the states"),
        ("وهي دولة كبيرة", "And it is a large state"),
    ])
    func copula(arabic: String, expected: String) {
        #expect(english(arabic) == expected)
    }

    @Test("وهو ما is 'which'")
    func which() {
        #expect(english("وهو ما يعني").hasPrefix("Which means"))
    }

    @Test("a pronoun before a verb takes no copula")
    func pronounBeforeVerb() {
        #expect(!english("هو يعمل في الوزارة").contains(" is"))
    }

    @Test("an adjective after a construct that can only agree with the head describes the head", arguments: [
        ("منشآت طهران النووية", "The nuclear facilities of Tehran"),
        ("أسعار النفط العالمية", "The world prices of the oil"),
    ])
    func headAdjective(arabic: String, expected: String) {
        #expect(GlossLine.english(arabic, names: ["طهران": "Tehran"], places: ["طهران"]) == expected)
    }

    @Test("an adjective agreeing with the construct's complement stays with it")
    func complementAdjective() {
        #expect(english("زيارة الرئيس الروسي").hasSuffix("Russian president"))
    }

    @Test("a model designation names the noun before it", arguments: [
        ("صواريخ S-300", "S-300 missiles"),
        ("صواريخ روسية", "Russian missiles"),
    ])
    func designation(arabic: String, expected: String) {
        #expect(english(arabic) == expected)
    }

    @Test("an indefinite singular noun after a verb takes a / an", arguments: [
        ("أخذ طائرة خاصة", "Took a special plane"),
        ("سافر إلى موسكو لعقد اجتماع عسكري سري", "to hold a secret military meeting"),
        ("قام بزيارة إلى موسكو", "Carried out a visit"),
        ("نقلت الوكالة عن مسؤول أمني", "citing a security official"),
    ])
    func article(arabic: String, expected: String) {
        #expect(english(arabic).contains(expected))
    }

    @Test("no article before a definite noun, a plural, or an abstract noun", arguments: [
        ("أخذ الطائرة", " a "), ("أخذ طائرات", " a "), ("وفرت حماية", " a "),
    ])
    func noArticle(arabic: String, absent: String) {
        #expect(!(english(arabic) + " ").contains(absent))
    }

    @Test("a nominative sound plural after a verb is its subject; the accusative is not", arguments: [
        ("وصل مسؤولون إلى المدينة", "Officials arrived"),
        ("يقول محللون", "Analysts say"),
    ])
    func nominativePlural(arabic: String, expected: String) {
        #expect(english(arabic).hasPrefix(expected))
    }

    @Test("a definite noun opening a clause before an indefinite adjective is a nominal sentence", arguments: [
        ("الوضع خطير", "The situation is great"),
        ("المحادثات طويلة", "The talks are long"),
    ])
    func nominalSentence(arabic: String, expected: String) {
        #expect(english(arabic) == expected)
    }

    @Test("no copula inside a phrase, after a verb, or before an accusative or a definite adjective", arguments: [
        "في المدينة القديمة", "وصل الوزير متأخرا", "قال الوزير الجديد", "المدينة القديمة",
    ])
    func noNominalSentence(arabic: String) {
        let line = " " + english(arabic) + " "
        #expect(!line.contains(" is ") && !line.contains(" are "))
    }

    @Test("a reporting verb, its object, then a named source citing another: the name is the subject")
    func reportedBy() {
        #expect(english("ونقلت الخبر أيضا رويترز عن ثلاثة مصادر", names: ["رويترز": "Reuters"])
                .hasPrefix("And Reuters also reported the"))
        #expect(english("ونقلت الخبر أيضا رويترز عن ثلاثة مصادر", names: ["رويترز": "Reuters"]).contains("citing three sources"))
    }

    @Test("without عن after the name the reporting verb's order is left alone")
    func notReportedBy() {
        #expect(!english("نقلت الخبر رويترز", names: ["رويترز": "Reuters"]).hasPrefix("Reuters"))
    }

    @Test("a verbal noun glossed as its verb is a gerund, or a plural in ات", arguments: [
        ("بدأ التحرك", "moving"), ("تحركاته", "his moves"),
    ])
    func verbalNounSense(arabic: String, expected: String) {
        #expect(english(arabic).lowercased().contains(expected))
    }

    @Test("إفعال after ل before its object is an infinitive (never the elative or a plural)")
    func formFourInfinitive() {
        #expect(english("كان هدفا لإخفاء تحركاته").contains("to hide his moves"))
    }

    @Test("a negation or قد stays before its verb when the subject moves first", arguments: [
        ("لم تعترف ايران رسميا", "Iran did not acknowledge"),
        ("ولم يكن الوزير في موسكو", "And the minister was not in Moscow"),
        ("قد أعلن الوزير الخطة", "The minister has announced the plan"),
    ])
    func particleWithVerb(arabic: String, expected: String) {
        #expect(english(arabic, names: ["ايران": "Iran", "موسكو": "Moscow"]).hasPrefix(expected))
    }

    @Test("the moved particle agrees with a plural subject", arguments: [
        ("لا يملك الأطباء تلك الأجهزة", "The physicians do not own"),
        ("وقد انتشر المسلمون في المنطقة", "And the Muslims have"),
    ])
    func particleAgreement(arabic: String, expected: String) {
        #expect(english(arabic).hasPrefix(expected))
    }

    @Test("after أنه the particle and the verb keep their place")
    func particleAfterPronoun() {
        #expect(english("أنه لا يوفر الحماية").hasPrefix("That he does not"))
    }

    @Test("أفاد takes no object: an indefinite noun after it is its subject")
    func reportsSubject() {
        #expect(english("تفيد مصادر متعددة أنه أخذ طائرة").hasPrefix("Multiple sources report that"))
    }

    @Test("ل + pronoun after أن or كان before an indefinite noun is possession", arguments: [
        ("تقول أن لها مستشارين", "that it has advisers"),
        ("أن سليماني كان له دور", "Soleimani had"),
    ])
    func possession(arabic: String, expected: String) {
        #expect(english(arabic, names: ["سليماني": "Soleimani"]).contains(expected))
    }

    @Test("ل + pronoun after another verb stays 'to him'")
    func notPossession() {
        #expect(english("كتب له رسالة").contains("to him"))
    }

    @Test("a part of a named day is one adverb", arguments: [
        ("صباح يوم الخميس", "Thursday morning"), ("مساء الجمعة", "Friday evening"),
    ])
    func dayParts(arabic: String, expected: String) {
        #expect(english(arabic) == expected)
    }

    @Test("after a relative pronoun the verb's noun is its object; with the verb's own pronoun it is the subject")
    func relativeClause() {
        #expect(english("التي تقيد سفره الدولي").hasSuffix("his international travel"))
        #expect(english("التي نشرتها الصحيفة").hasSuffix("the newspaper"))
    }

    @Test("a designation is Latin letters and digits")
    func designationShape() {
        #expect(DesignationPlacer.isDesignation("S-300"))
        #expect(DesignationPlacer.isDesignation("F-16"))
        #expect(!DesignationPlacer.isDesignation("NATO"))
        #expect(!DesignationPlacer.isDesignation("2016"))
    }
}
