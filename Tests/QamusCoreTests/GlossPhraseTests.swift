import Testing
@testable import QamusCore

/// Impersonal passives (`PassiveShaper`, تم + verbal noun), participles with their preposition
/// (`ParticipleLinker`), كان الهدف, possessive names and plural agreement: each rule with
/// sentences it must change and sentences it must leave alone.
@Suite("Glosser: passives, participle phrases, possessives, agreement")
struct GlossPhraseTests {
    func english(_ text: String, names: [String: String] = [:]) -> String {
        GlossLine.english(text, names: names)
    }

    @Test("أفيد أن and أفادت تقارير أن are 'it was reported that'", arguments: [
        ("أفيد أن الوزير سافر إلى موسكو", "It was reported that the minister traveled to Moscow"),
        ("وأفيد بأن الجيش انسحب من المدينة", "And it was reported that the army retreated from the city"),
        ("أفادت تقارير أن الوزير سافر إلى موسكو", "It was reported that the minister traveled to Moscow"),
    ])
    func reportedPassive(arabic: String, expected: String) {
        #expect(english(arabic) == expected)
    }

    @Test("the passive reading after a name keeps the name first")
    func reportedAfterName() {
        let line = english("سليماني، أفيد أنه متواجد في روسيا", names: ["سليماني": "Soleimani", "روسيا": "Russia"])
        #expect(line == "Soleimani, it was reported that he is present in Russia")
    }

    @Test("أفاد with a subject of its own stays active", arguments: [
        ("أفادت الوكالة أن الوزير سافر", "The agency reported that the minister traveled"),
        ("وأفادت تقارير إعلامية بأن الجيش انسحب", "reported that"),
    ])
    func activeReport(arabic: String, kept: String) {
        let line = english(arabic)
        #expect(line.contains(kept))
        #expect(!line.contains("it was reported"))
    }

    @Test("تم (with or without و) + verbal noun is a passive, its subject first", arguments: [
        ("وتم توثيق وجود متطوعين", "And the presence of volunteers was documented"),
        ("تم توثيق وجود متطوعين", "The presence of volunteers was documented"),
        ("وتم اعتقال الجنود", "And the soldiers were arrested"),
    ])
    func tammaPassive(arabic: String, expected: String) {
        #expect(english(arabic).hasPrefix(expected))
    }

    @Test("a verbal noun glossed as its verb reads as a gerund outside تم")
    func documentingElsewhere() {
        #expect(english("بدأ توثيق الانتهاكات").contains("documenting of the violations"))
    }

    @Test("a listed participle keeps its preposition and phrase after the noun", arguments: [
        ("قال دبلوماسي غربي مقيم في موسكو", "A western diplomat resident in Moscow said"),
        ("قال مصدر مقرب من الحكومة إن الوزير استقال", "A source close to the government said the minister resigned"),
        ("الدبلوماسي المقيم في موسكو", "The diplomat resident in Moscow"),
    ])
    func participlePhrase(arabic: String, expected: String) {
        #expect(english(arabic, names: ["موسكو": "Moscow"]) == expected)
    }

    @Test("other participles before a preposition are no phrase of the noun", arguments: [
        ("وقع هجوم مسلح في بغداد", "armed attack in"),
        ("عقد اجتماع مهم في موسكو", "important meeting in"),
        ("قال دبلوماسي مقيم", "resident diplomat said"),
    ])
    func notParticiplePhrase(arabic: String, kept: String) {
        #expect(english(arabic, names: ["بغداد": "Baghdad", "موسكو": "Moscow"]).contains(kept))
    }

    @Test("كان الهدف is 'the aim was', a verbal noun after it 'to' + verb", arguments: [
        ("كان الهدف من الزيارة مناقشة القضايا", "The aim of the visit was to discuss the cases"),
        ("وكان الهدف تحقيق السلام", "And the aim was to achieve the peace"),
        ("كان الهدف واضحا", "The aim was clear"),
    ])
    func aimWas(arabic: String, expected: String) {
        #expect(english(arabic) == expected)
    }

    @Test("الهدف elsewhere stays 'the target'")
    func target() {
        #expect(english("أصاب الصاروخ الهدف").contains("the target"))
    }

    @Test("a person's name in construct is a possessive", arguments: [
        ("لم يكن على جدول اعمال بوتين", "Was not on Putin's agenda"),
        ("انتقد حكومة نتنياهو", "Criticized Netanyahu's government"),
    ])
    func possessive(arabic: String, expected: String) {
        #expect(english(arabic, names: ["بوتين": "Putin", "نتنياهو": "Netanyahu"]) == expected)
    }

    @Test("a name coordinated with the next word keeps 'of'")
    func coordinatedName() {
        let line = english("للقاء بوتين ووزير الدفاع", names: ["بوتين": "Putin"])
        #expect(line.contains("of Putin"))
        #expect(!line.contains("Putin's"))
    }

    @Test("a list of adjectives ending in و + adjective goes before its noun", arguments: [
        ("وتم توثيق وجود متطوعين إيرانيين، عراقيين وأفغانيين", "And the presence of Iranian, Iraqi and Afghan volunteers was documented"),
        ("زار وفد عسكري، سياسي واقتصادي المدينة", "military, political and economic delegation"),
    ])
    func adjectiveList(arabic: String, expected: String) {
        #expect(english(arabic).contains(expected))
    }

    @Test("a comma after an adjective without a final و + adjective ends the phrase; a plural after a singular is no list")
    func noAdjectiveList() {
        #expect(english("زار وفد عسكري، ثم عاد").contains("military delegation"))
        #expect(!english("الشعب الفلسطيني والإسرائيليين").contains("Palestinian and Israeli people"))
    }

    @Test("a place, a name the name list gives, or a noun in construct keeps 'of'", arguments: [
        ("زار الوزير مدينة موسكو", "the city of Moscow"),
        ("زار جدول أعمال الوزير", "the agenda of the minister"),
    ])
    func notPossessive(arabic: String, kept: String) {
        let line = GlossLine.english(arabic) { input in
            guard input.surface == "موسكو" else { return }
            input.fixedEnglish = "Moscow"
            input.fixedOrigin = .glossary
            input.isName = true
            input.isPlace = true
        }
        #expect(line.contains(kept))
        let listed = GlossLine.english("انتقد حكومة نتنياهو") { input in
            guard input.surface == "نتنياهو" else { return }
            input.fixedEnglish = "Netanyahu"
            input.fixedOrigin = .nameLexicon
            input.isName = true
        }
        #expect(listed.contains("government of Netanyahu"))
    }

    @Test("a definite plural opening a clause agrees with its present verb", arguments: [
        ("المصانع تعمل بشكل طبيعي", "The factories work naturally"),
        ("والدول الأوروبية تعمل على حل", "And the European states work"),
    ])
    func pluralAgreement(arabic: String, expected: String) {
        #expect(english(arabic).hasPrefix(expected))
    }

    @Test("a singular subject, or a plural object, leaves the verb singular", arguments: [
        ("الحكومة تعمل على حل الأزمة", "The government works"),
        ("تعمل الشركة في مجال النفط", "The company works"),
    ])
    func singularAgreement(arabic: String, expected: String) {
        #expect(english(arabic).hasPrefix(expected))
    }

    @Test("ب + manner noun before a manner adjective is an adverb", arguments: [
        ("استمر القتال بشكل متواصل", "continuously"),
        ("نفى الوزير الخبر بشكل قاطع", "categorically"),
        ("ارتفعت الأسعار بشكل ملحوظ", "noticeably"),
    ])
    func mannerAdverb(arabic: String, adverb: String) {
        let line = english(arabic)
        #expect(line.contains(adverb))
        #expect(!line.contains("in form"))
    }

    @Test("a manner word elsewhere keeps its own reading", arguments: [
        ("قاطع الحزب الانتخابات", "boycotted"),
        ("بشكل الهرم", "form"),
    ])
    func notMannerAdverb(arabic: String, kept: String) {
        #expect(english(arabic).contains(kept))
    }

    @Test("a feminine adjective form describes no indefinite masculine singular noun: it is its complement")
    func feminineAfterMasculine() {
        let line = english("أن استخدام طائرة خاصة كان هدفا لإخفاء تحركاته")
        #expect(line.contains("use of special plane"))
        #expect(!line.contains("flying"))
    }

    @Test("a feminine adjective form after a feminine or plural noun still describes it", arguments: [
        ("أخذ طائرة خاصة", "special plane"),
        ("خدمات خاصة", "special services"),
    ])
    func feminineAfterFeminine(arabic: String, kept: String) {
        #expect(english(arabic).lowercased().contains(kept))
    }
}
