import Testing
@testable import QamusCore

/// Subjects after their verb that `WordOrderer` puts first, and designations before their noun:
/// each rule with sentences it must change and sentences it must leave alone.
@Suite("Glosser: person subjects and designations")
struct GlossSubjectTests {
    /// The English line of `text`, with the Latin and unknown words as written.
    func english(_ text: String) -> String {
        GlossLine.english(text, unknown: .asWritten)
    }

    @Test("an indefinite noun of a person after a verb is its subject", arguments: [
        // ومع ذلك نفى متحدث باسم الشرطة: "however, a police spokesman denied".
        ("ومع ذلك، نفى متحدث باسم الشرطة التقرير", "a spokesman for the police denied"),
        // أكد مسؤول: "an official confirmed".
        ("أكد مسؤول أمني الخبر", "security official confirmed"),
        // استقال موظف: "an employee resigned".
        ("استقال موظف تركي", "Turkish employee resigned"),
    ])
    func personSubject(arabic: String, expected: String) {
        #expect(english(arabic).contains(expected))
    }

    @Test("a person in the accusative, or a noun that is no person, stays the object", arguments: [
        // التقى الوزير مسؤولا: the official is met, not meeting.
        ("التقى مسؤولا", "official met"),
        // نفى تقرير: "denied a report" (no person).
        ("نفى تقرير", "report denied"),
        // With its own pronoun the verb has its subject: التقوا مسؤول.
        ("قابلوا مسؤول", "official met"),
    ])
    func notPersonSubject(arabic: String, unexpected: String) {
        #expect(!english(arabic).contains(unexpected))
    }

    @Test("كان + this + a noun + an ordinal: 'this' is the subject, the rest the predicate", arguments: [
        ("لم تكن هذه المرة الأولى", "This was not the first time"),
        ("كانت هذه المرة الأخيرة", "This was the last time"),
    ])
    func demonstrativeSubject(arabic: String, expected: String) {
        #expect(english(arabic) == expected)
    }

    @Test("without an ordinal, or with a plural demonstrative, the noun stays in the subject", arguments: [
        ("كانت هذه الزيارة ناجحة", "This was"),
        ("لم تكن هذه المحادثات الأولى", "This was"),
        ("زار هذه المدينة الأولى", "This was"),
    ])
    func demonstrativeNotSubject(arabic: String, unexpected: String) {
        #expect(!english(arabic).hasPrefix(unexpected))
    }

    @Test("أن / إن + pronoun before an indefinite noun or adjective carries is / are", arguments: [
        ("قال أنه متواجد في روسيا", "that he is present in Russia"),
        ("أكدت أنها دولة كبيرة", "that it is a large state"),
        ("قال إنهم مستعدون للحوار", "they are ready"),
    ])
    func pronounPredicate(arabic: String, expected: String) {
        #expect(english(arabic).contains(expected))
    }

    @Test("before a verb, a definite noun or a preposition the pronoun takes no copula", arguments: [
        "قال أنه أخذ طائرة", "قال أنه الرئيس", "قال أنه في روسيا", "قال أن الوضع خطير",
    ])
    func noPronounPredicate(arabic: String) {
        let line = english(arabic)
        #expect(!line.contains("he is") && !line.contains("it is"), "\(line)")
    }

    @Test("a plural s after a designation's digits goes before its noun", arguments: [
        ("تسليم صواريخ S-300s", "S-300 missiles"),
        ("طائرات F-16s", "F-16 "),
    ])
    func designationPlural(arabic: String, expected: String) {
        #expect(english(arabic).contains(expected))
    }

    @Test("only a lowercase s after digits is a plural", arguments: [
        ("S-300s", "S-300"), ("F-16s", "F-16"), ("Su-35S", "Su-35S"), ("A320neo", "A320neo"), ("MiG-29", "MiG-29"), ("s", "s"),
    ])
    func attributive(designation: String, expected: String) {
        #expect(DesignationPlacer.attributive(designation) == expected)
    }

    @Test("a / an by the sound of the next word", arguments: [
        ("European", "a"), ("Egyptian", "an"), ("union", "a"), ("official", "an"), ("Ukrainian", "a"), ("unknown", "an"), ("spokesman", "a"),
    ])
    func article(word: String, expected: String) {
        #expect(ClauseShaper.article(before: word) == expected)
    }
}
