import Testing
@testable import QamusCore

/// Frequent words of news Arabic with a context-dependent English: يكون, نحو, أحد / إحدى,
/// العديد من / الكثير من. Each rule with sentences it must change and sentences it must leave alone.
@Suite("Glosser: be, about, one of, many")
struct GlossQuantityTests {
    /// The English line of `text`, lowercased, with the Latin and unknown words as written.
    func english(_ text: String) -> String {
        GlossLine.english(text, unknown: .asWritten).lowercased()
    }

    @Test("يكون is the verb 'be', singular unless it carries a plural ending", arguments: [
        // قد يكون الأمر صعبا: "the matter may be difficult".
        ("قد يكون الأمر صعبا", "may be"),
        // لن يكون من الممكن: "it will not be possible".
        ("لن يكون من الممكن", "will not be"),
        // عندما يكون الطقس باردا: "when the weather is cold".
        ("عندما يكون الطقس باردا", "is"),
        // لا يكون الطقس باردا: "the weather is not cold".
        ("لا يكون الطقس باردا", "is not"),
    ])
    func kana(arabic: String, expected: String) {
        let line = english(arabic)
        #expect(line.contains(expected), "\(line)")
        #expect(!line.contains("being"), "\(line)")
        #expect(!line.contains(" are"), "\(line)")
    }

    @Test("a plural imperfect keeps its plural; لا before another verb stays 'does not'", arguments: [
        // يكونون: "they are".
        ("عندما يكونون هناك", "are"),
        // لا يعرف: "does not know".
        ("لا يعرف الرجل", "does not"),
    ])
    func kanaUnchanged(arabic: String, expected: String) {
        let line = english(arabic)
        #expect(line.contains(expected), "\(line)")
    }

    @Test("نحو before a quantity is 'about'", arguments: [
        // نحو 400 شخص: "about 400 people".
        ("قتل نحو 400 شخص", "about 400"),
        // بعد نحو أسبوعين: "after about two weeks".
        ("انخفض إلى نحو 168 ألف", "about 168"),
    ])
    func aboutQuantity(arabic: String, expected: String) {
        #expect(english(arabic).contains(expected))
    }

    @Test("نحو before a place or a noun stays 'towards'", arguments: [
        // اتجهوا نحو الجنوب: "they headed towards the south".
        ("اتجهوا نحو الجنوب", "towards"),
        ("سار نحو البرتغال", "towards"),
    ])
    func towards(arabic: String, expected: String) {
        let line = english(arabic)
        #expect(line.contains(expected), "\(line)")
        #expect(!line.contains("about"), "\(line)")
    }

    @Test("أحد / إحدى before a noun is 'one of'", arguments: [
        // في إحدى القرى: "in one of the villages".
        ("ولد في إحدى القرى القريبة", "in one of the"),
        // أحد الأمثلة: "one of the examples".
        ("أحد الأمثلة الأخيرة", "one of the"),
        ("ثم تبعتها إحدى صديقاتها", "one of its friends"),
    ])
    func oneOf(arabic: String, expected: String) {
        #expect(english(arabic).contains(expected))
    }

    @Test("أحد with no noun after it stays 'one'", arguments: [
        ("لم يصب أحد .", "one of"),
        ("أحد", "one of"),
    ])
    func notOneOf(arabic: String, unexpected: String) {
        let line = english(arabic)
        #expect(!line.contains(unexpected), "\(line)")
        #expect(!line.contains("ones"), "\(line)")
    }

    @Test("العديد من / الكثير من is 'many', and the noun after it takes no 'the'", arguments: [
        // يقول العديد من العلماء: "many scientists say".
        ("يقول العديد من المسؤولين", "many officials"),
        ("غادر الكثير من الجنود", "many soldiers"),
        ("في العديد من الدول", "in many states"),
    ])
    func many(arabic: String, expected: String) {
        let line = english(arabic)
        #expect(line.contains(expected), "\(line)")
        #expect(!line.contains("the many"), "\(line)")
    }

    @Test("a definite noun after other words keeps 'the'", arguments: [
        // عدد الجنود: "the number of the soldiers" (no quantifier expression).
        ("غادر الجنود المدينة", "the soldiers"),
        ("من الدول العربية", "the arab"),
    ])
    func keepsArticle(arabic: String, expected: String) {
        #expect(english(arabic).contains(expected))
    }
}
