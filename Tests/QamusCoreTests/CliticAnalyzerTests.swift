import Testing
@testable import QamusCore

/// Table-driven cases for `CliticAnalyzer` over the embedded word list.
/// Expected parts are written space-separated, as `qamus segment --clitics` prints them.
@Suite struct CliticAnalyzerTests {
    let analyzer = CliticAnalyzer.shared

    /// Words that must be split, with their UD parts.
    static let mustSplit: [(String, String)] = [
        ("وبالقرب", "و ب القرب"),      // and near
        ("للسلطة", "ل لسلطة"),         // for the authority (ل + ال contracted)
        ("عليهم", "علي هم"),            // on them
        ("أنه", "أن ه"),                // that he
        ("سيكون", "س يكون"),           // will be
        ("وقد", "و قد"),                // and (he) has
        ("وفي", "و في"),                // and in
        ("وهو", "و هو"),                // and he
        ("فإن", "ف إن"),                // for indeed
        ("لأوباما", "ل أوباما"),        // for Obama
        ("ابنتها", "ابنت ها"),          // her daughter (ta marbuta written ت)
        ("بطولته", "بطولت ه"),          // his championship: ب is not a proclitic here
        ("كتابها", "كتاب ها"),          // her book
        ("بها", "ب ها"),                // with her
        ("لها", "ل ها"),                // for her
        ("فيها", "في ها"),              // in it
        ("إليه", "إلي ه"),              // to him
        ("لكنه", "لكن ه"),              // but he
        ("والحكومة", "و الحكومة"),      // and the government
        ("بصواريخ", "ب صواريخ"),        // with missiles
        ("وسيعلن", "و س يعلن"),         // and will announce
        ("لذلك", "ل ذلك"),              // therefore
        ("بسبب", "ب سبب"),              // because of: UD splits the lexicalised preposition
        ("بلاده", "بلاد ه"),            // his country
        ("حكومتها", "حكومت ها"),        // her government
        ("مستواه", "مستوا ه"),          // its level (ى written ا before the enclitic)
        ("وللحوثيين", "و ل لحوثيين"),   // and for the Houthis (لل before an unknown name)
        ("لترامب", "ل ترامب"),          // for Trump: ل before a consonant cannot begin an L-name
        ("وترامب", "و ترامب"),          // and Trump
        ("ووالتر", "و والتر"),          // and Walter: no word begins with وو
        ("ولها", "و ل ها"),             // and for her
        ("باستحداث", "ب استحداث"),      // by introducing (verbal-noun template استفعال)
        ("انه", "ان ه"),                // that he, hamza dropped (أنه)
        ("اليه", "الي ه"),              // to him, hamza dropped (إليه)
        ("وان", "و ان"),                // and that (وأن)
        ("واكد", "و اكد"),              // and (he) stressed (وأكد)
        ("بارسال", "ب ارسال"),          // by sending (بإرسال)
        ("ووفقا", "و وفقا"),            // and according to
        ("ويعارضون", "و يعارضون"),      // and they oppose (imperfect template يفاعل + ون)
        ("سيتحتم", "س يتحتم"),          // it will be necessary (يتفعل)
        ("يمكننا", "يمكن نا"),          // it enables us / we can
        ("وعليهم", "و علي هم"),         // and on them
        ("فإنه", "ف إن ه"),             // for indeed he
        ("وللأسف", "و ل لأسف"),         // and unfortunately
        ("ويجعلك", "و يجعل ك"),         // and makes you
        ("إنني", "إن ني"),              // indeed I
        ("ب15000", "ب 15000"),          // with 15000
        ("و2006", "و 2006"),            // and 2006
    ]

    /// Words that must stay whole.
    static let mustNotSplit: [String] = [
        "فترة",      // period: not ف + ترة
        "كبوة",      // stumble
        "برايس",     // Price (a name)
        "وزير",      // minister
        "وجود",      // existence
        "بين",       // between
        "بعد",       // after
        "كما",       // as
        "فقط",       // only
        "ذلك",       // that
        "لقد",       // indeed (la-, not the preposition li-)
        "جنيه",      // pound (ـه is a root letter)
        "منزلي",     // domestic (nisba ي, not "my house")
        "الدنماركي", // the Danish: a definite noun takes no enclitic
        "سيارة",     // car
        "سنة",       // year
        "أمني",      // security (nisba), not أم + ني
        "عسكري",     // military
        "بارما",     // Parma: no accusative ا after ب
        "فيغارو",    // Figaro: no verb ends in و here
        "وزاره",     // ministry with ه for ة, not و + زار + ه
        "مصر", "حلبة", "قطرات", "مصرف", "لبنان", "واشنطن", "ويليام", "علي",
    ]

    @Test(arguments: mustSplit)
    func splits(word: String, expected: String) {
        #expect(analyzer.segmentUD(word).joined(separator: " ") == expected)
    }

    @Test(arguments: mustNotSplit)
    func keepsWhole(word: String) {
        #expect(analyzer.segmentUD(word) == [word])
    }

    @Test func partsKeepMarksAndTatweel() {
        #expect(analyzer.segmentUD("بشكلٍ") == ["ب", "شكلٍ"])
        #expect(analyzer.segmentUD("وَبِالقُرْبِ") == ["وَ", "بِ", "القُرْبِ"])
        #expect(analyzer.segmentUD("وـربما") == ["و", "ـربما"])
    }

    @Test func restoresTheArticleAfterLam() {
        let split = analyzer.best("للحرس")
        #expect(split.proclitics == ["ل"])
        #expect(split.stem == "لحرس")
        #expect(split.restoredStem == "الحرس")
        #expect(analyzer.best("لأوباما").restoredStem == "أوباما")
        #expect(analyzer.best("للبنان").restoredStem == "لبنان")      // for Lebanon
        #expect(analyzer.best("للحوثيين").restoredStem == "الحوثيين") // for the Houthis
        #expect(analyzer.best("وبالقرب").restoredStem == "القرب")
    }

    @Test(arguments: ["فترة", "وبالقرب", "عليهم", "x", "", "123", "بوتين"])
    func analysesAlwaysIncludeTheWholeWord(word: String) {
        let all = analyzer.analyses(of: word)
        #expect(all.contains { $0.parts.joined() == word && !$0.isSplit })
        #expect(all.allSatisfy { $0.parts.joined() == word })
    }

    @Test func analysesKeepGuessesForUnknownNames() {
        let all = analyzer.analyses(of: "وبوتين")
        #expect(all.contains { $0.proclitics == ["و"] && $0.stem == "بوتين" })
        let guess = analyzer.analyses(of: "ببوتين").first { $0.stem == "بوتين" }
        #expect(guess?.isGuess == true)
        #expect(analyzer.best("ببوتين").isGuess == false)
    }

    @Test func wordListLoads() {
        let lexicon = StemLexicon.shared
        #expect(lexicon.flags(of: "سلطة").contains(.exact))
        #expect(lexicon.flags(of: "في").contains(.function))
        #expect(lexicon.flags(of: "علي").contains(.host))
        #expect(lexicon.flags(of: "يكون").contains(.imperfect))
        #expect(lexicon.flags(of: "سلطه").contains(.loose))
        #expect(lexicon.flags(of: "قخقخ").isEmpty)
    }

    @Test func smallLexiconFromText() {
        let lexicon = StemLexicon(arabicLines: "قلم\t67\nكتاب\t67\n")
        let small = CliticAnalyzer(lexicon: lexicon)
        #expect(small.segmentUD("وقلم") == ["و", "قلم"])
        #expect(small.segmentUD("كتابها") == ["كتاب", "ها"])
        #expect(small.segmentUD("قلم") == ["قلم"])
    }
}
