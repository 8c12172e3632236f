import Testing
@testable import QamusCore

@Suite("Glosser")
struct GlossTests {
    let glosser = Glosser.shared

    /// Glosses Arabic text word by word; unknown words transliterate to "X" with origin model.
    func english(_ text: String, fixed: [String: (String, Bool)] = [:]) -> String {
        GlossLine.english(text) { input in
            guard let (english, isName) = fixed[input.surface] else { return }
            input.fixedEnglish = english
            input.fixedOrigin = isName ? .nameLexicon : .glossary
            input.isName = isName
        }
    }

    @Test("English rules", arguments: [
        // noun + adjectives → adjectives + noun
        ("اجتماع عسكري سري", "Secret military meeting"),
        // pronoun suffix as possessive on a noun, plural
        ("قواتها", "Its forces"),
        // و → and, ف → so
        ("والصواريخ", "And the missiles"),
        ("فقال", "So said"),
        // perfect → past, imperfect → present, س → will
        ("قال", "Said"),
        ("يقول", "Says"),
        ("سيعلن", "Will announce"),
        // pronoun suffix as object on a verb
        ("أخبرهم", "Notified them"),
        // preposition + pronoun
        ("له", "To him"),
        // أن → "to" before an imperfect verb, "that" otherwise
        ("أراد أن يعلن", "Wanted to announce"),
        ("قال أنه", "Said that he"),
        // قد → has before a perfect, may before an imperfect
        ("قد أعلن", "Has announced"),
        ("قد يعلن", "May announce"),
        // لم → did not + bare verb
        ("لم يعلن", "Did not announce"),
        // construct state → of
        ("رئيس الشركة", "The head of the company"),
        // verb + definite subject → subject + verb
        ("قال الوزير", "The minister said"),
        ("وقال الوزير", "And the minister said"),
        // عام + number → in; بشكل + adjective → adverb; لم يكن → was not
        ("عام 1990", "In 1990"),
        ("بشكل كبير", "Significantly"),
        ("لم يكن", "Was not"),
        // a feminine adjective read as an adjective after a noun that agrees
        ("العاصمة الروسية", "The Russian capital city"),
        // a new sentence inside the line starts with a capital
        ("قال. قال", "Said. Said"),
        // punctuation spacing
        ("قال، \"نعم\".", "Said, \"yes\"."),
    ])
    func rules(arabic: String, expected: String) {
        #expect(english(arabic) == expected)
    }

    @Test("construct state before a definite glossary term takes 'of the'; names take no article")
    func constructWithFixed() {
        let tokens = [
            GlossInput(surface: "رئيس", range: 0..<4, kind: .arabic),
            GlossInput(surface: "قوة القدس", range: 5..<14, kind: .arabic, fixedEnglish: "Quds Force", fixedOrigin: .glossary),
            GlossInput(surface: "سليماني", range: 15..<22, kind: .arabic, fixedEnglish: "Soleimani", fixedOrigin: .nameLexicon, isName: true),
        ]
        let result = glosser.gloss(tokens, fallback: { _ in ("X", .model) })
        #expect(result.english.hasSuffix("of the Quds Force Soleimani"))
        #expect(result.tokens.map(\.origin) == [.lexicon, .glossary, .nameLexicon])
        #expect(result.tokens[1].english == "Quds Force")
    }

    /// Verb + subject → subject + verb: further names extend the subject, a place does not
    /// (it is the object): زار شويغو طهران → "Shoigu visited Tehran".
    @Test("a place ends the subject moved before its verb", arguments: [
        ("زار شويغو طهران", "Shoigu visited Tehran"),           // a place: the object
        ("قال قاسم سليماني", "Qassem Soleimani said"),          // two names: one subject
        ("زار طهران شويغو", "Tehran visited Shoigu"),           // a place may be the subject
    ])
    func placeEndsTheSubject(arabic: String, expected: String) {
        let names: [String: (String, Bool)] = [
            "شويغو": ("Shoigu", false), "طهران": ("Tehran", true), "قاسم": ("Qassem", false), "سليماني": ("Soleimani", false),
        ]
        var inputs: [GlossInput] = []
        for t in WordTokenizer().tokenize(arabic) {
            var input = GlossInput(t)
            if let (english, isPlace) = names[t.text] {
                input.fixedEnglish = english
                input.fixedOrigin = .nameLexicon
                input.isName = true
                input.isPlace = isPlace
            }
            inputs.append(input)
        }
        #expect(glosser.gloss(inputs, fallback: { _ in ("X", .model) }).english == expected)
    }

    @Test("construct state reaches across an opening quote, not a closing one")
    func constructAcrossQuote() {
        func line(_ quote: String, _ close: String) -> String {
            let tokens = [
                GlossInput(surface: "رئيس", range: 0..<4, kind: .arabic),
                GlossInput(surface: quote, range: 5..<6, kind: .punctuation),
                GlossInput(surface: "قوة القدس", range: 6..<15, kind: .arabic, fixedEnglish: "Quds Force", fixedOrigin: .glossary),
                GlossInput(surface: close, range: 15..<16, kind: .punctuation),
            ]
            return glosser.gloss(tokens, fallback: { _ in ("X", .model) }).english
        }
        #expect(line("“", "”") == "The president of the \"Quds Force\"")
        #expect(line("«", "»") == "The president of the \"Quds Force\"")
        // After an open quote, the next quote closes it: no "of".
        let closing = [
            GlossInput(surface: "«", range: 0..<1, kind: .punctuation),
            GlossInput(surface: "رئيس", range: 1..<5, kind: .arabic),
            GlossInput(surface: "»", range: 5..<6, kind: .punctuation),
            GlossInput(surface: "قوة القدس", range: 6..<15, kind: .arabic, fixedEnglish: "Quds Force", fixedOrigin: .glossary),
        ]
        #expect(!glosser.gloss(closing, fallback: { _ in ("X", .model) }).english.contains("of"))
    }

    @Test("adjectives move before a glossary term that agrees with them")
    func adjectiveBeforeGlossaryTerm() {
        #expect(english("اللواء الإيراني", fixed: ["اللواء": ("major general", false)]) == "The Iranian major general")
        // Not after a construct head: "the sanctions of the Iranian major general", no second "the".
        #expect(english("عقوبات اللواء الإيراني", fixed: ["اللواء": ("major general", false)]) == "The sanctions of the Iranian major general")
    }

    @Test("the glossary always wins over the lexicon")
    func glossaryWins() {
        #expect(english("مجلس", fixed: ["مجلس": ("Majlis", false)]) == "Majlis")
    }

    @Test("unknown words are transliterated and marked")
    func transliterationMarked() {
        let tokens = [GlossInput(surface: "قزقزقز", range: 0..<6, kind: .arabic)]
        let result = glosser.gloss(tokens, fallback: { _ in ("qazqaz", .model) })
        #expect(result.english == "‹Qazqaz›")
        #expect(result.tokens.first?.origin == .model)
        #expect(result.tokens.first?.english == "qazqaz")
    }

    @Test("multi-word entries gloss as one unit")
    func multiWord() {
        let result = english("في الولايات المتحدة")
        #expect(result == "In the United States")
    }

    @Test("tokens keep source order and offsets")
    func tokenOrder() {
        let text = "اجتماع عسكري سري"
        let result = glosser.gloss(WordTokenizer().tokenize(text).map { GlossInput($0) }, fallback: { _ in ("X", .model) })
        #expect(result.tokens.map(\.english) == ["meeting", "military", "secret"])
        #expect(result.tokens.map(\.start) == [0, 7, 13])
    }

    @Test("English inflection", arguments: [
        ("plural", "force", "forces"), ("plural", "city", "cities"), ("plural", "box", "boxes"), ("plural", "man", "men"),
        ("plural", "head of state", "heads of state"),
        ("past", "say", "said"), ("past", "announce", "announced"), ("past", "stop", "stopped"), ("past", "carry out", "carried out"),
        ("present", "say", "says"), ("present", "be", "is"), ("present", "carry", "carries"),
        ("gerund", "hand over", "handing over"), ("gerund", "make", "making"),
    ])
    func inflection(kind: String, input: String, expected: String) {
        switch kind {
        case "plural": #expect(EnglishInflector.plural(input) == expected)
        case "past": #expect(EnglishInflector.past(input) == expected)
        case "present": #expect(EnglishInflector.present(input, thirdSingular: true) == expected)
        default: #expect(EnglishInflector.gerund(input) == expected)
        }
    }
}
