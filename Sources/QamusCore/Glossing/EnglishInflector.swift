/// Inflects English glosses: plurals, past tense, third-person present, gerunds.
///
/// `EnglishInflector.plural("force")` → "forces"; `past("say")` → "said"; `gerund("hand over")` → "handing over".
/// Only the first word of a multi-word gloss is inflected for verbs ("take place" → "took place"),
/// the last for nouns ("prime minister" → "prime ministers").
public enum EnglishInflector {
    static let irregularPast: [String: String] = [
        "be": "was", "have": "had", "do": "did", "say": "said", "go": "went", "make": "made", "take": "took",
        "give": "gave", "come": "came", "see": "saw", "know": "knew", "find": "found", "hold": "held", "meet": "met",
        "lead": "led", "leave": "left", "begin": "began", "become": "became", "write": "wrote", "tell": "told",
        "bring": "brought", "build": "built", "send": "sent", "win": "won", "keep": "kept", "speak": "spoke",
        "stand": "stood", "fall": "fell", "run": "ran", "get": "got", "put": "put", "set": "set", "cut": "cut",
        "hit": "hit", "fight": "fought", "think": "thought", "buy": "bought", "sell": "sold", "pay": "paid",
        "lose": "lost", "feel": "felt", "grow": "grew", "rise": "rose", "show": "showed", "choose": "chose",
        "drive": "drove", "eat": "ate", "fly": "flew", "forget": "forgot", "hear": "heard", "lay": "laid",
        "let": "let", "lie": "lay", "mean": "meant", "read": "read", "ride": "rode", "seek": "sought",
        "shoot": "shot", "sit": "sat", "sleep": "slept", "spend": "spent", "steal": "stole", "strike": "struck",
        "swear": "swore", "teach": "taught", "throw": "threw", "understand": "understood", "wake": "woke",
        "wear": "wore", "catch": "caught", "draw": "drew", "drink": "drank", "forbid": "forbade", "freeze": "froze",
        "hide": "hid", "hurt": "hurt", "flee": "fled", "bear": "bore", "beat": "beat", "bind": "bound", "bite": "bit",
        "blow": "blew", "break": "broke", "feed": "fed", "shake": "shook", "shut": "shut", "sink": "sank",
        "spread": "spread", "swim": "swam", "withdraw": "withdrew", "overcome": "overcame", "undertake": "undertook",
        "arise": "arose", "can": "could", "will": "would", "may": "might", "light": "lit", "dig": "dug", "ring": "rang",
        "sing": "sang", "stick": "stuck", "sweep": "swept", "tear": "tore", "weep": "wept", "wind": "wound",
    ]
    static let irregularPlural: [String: String] = [
        "man": "men", "woman": "women", "child": "children", "person": "people", "foot": "feet", "tooth": "teeth",
        "mouse": "mice", "life": "lives", "wife": "wives", "knife": "knives", "leaf": "leaves", "half": "halves",
        "crisis": "crises", "analysis": "analyses", "thesis": "theses", "phenomenon": "phenomena",
        "criterion": "criteria", "datum": "data", "medium": "media", "people": "peoples", "sheep": "sheep",
        "fish": "fish", "series": "series", "species": "species", "news": "news", "police": "police",
    ]
    static let uninflected: Set<String> = ["the", "a", "an", "of", "to", "in", "on", "and", "or", "not"]

    /// The plural of a noun gloss (last word inflected, unless an "of" phrase: "head of state" → "heads of state").
    public static func plural(_ gloss: String) -> String {
        var words = gloss.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return gloss }
        let idx = words.firstIndex(of: "of").map { max(0, $0 - 1) } ?? words.count - 1
        words[idx] = pluralWord(words[idx])
        return words.joined(separator: " ")
    }

    static func pluralWord(_ w: String) -> String {
        let lower = w.lowercased()
        if let p = irregularPlural[lower] { return p }
        if uninflected.contains(lower) || w.count < 2 { return w }
        if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("z") || lower.hasSuffix("ch") || lower.hasSuffix("sh") {
            return lower.hasSuffix("ss") || !lower.hasSuffix("s") ? w + "es" : w
        }
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) { return String(w.dropLast()) + "ies" }
        return w + "s"
    }

    /// The simple past of a verb gloss (first word): "say" → "said", "announce" → "announced".
    public static func past(_ gloss: String, pluralSubject: Bool = false) -> String {
        mapFirst(gloss) { w in
            if w == "be" { return pluralSubject ? "were" : "was" }
            if let p = irregularPast[w] { return p }
            if w.hasSuffix("e") { return w + "d" }
            if w.hasSuffix("y"), let b = w.dropLast().last, !"aeiou".contains(b) { return String(w.dropLast()) + "ied" }
            if doublesFinal(w) { return w + String(w.suffix(1)) + "ed" }
            return w + "ed"
        }
    }

    static let irregularParticiples: [String: String] = [
        "take": "taken", "give": "given", "write": "written", "break": "broken", "choose": "chosen", "do": "done",
        "see": "seen", "know": "known", "show": "shown", "begin": "begun", "steal": "stolen", "speak": "spoken",
        "drive": "driven", "eat": "eaten", "fall": "fallen", "forget": "forgotten", "freeze": "frozen", "hide": "hidden",
        "ride": "ridden", "rise": "risen", "shake": "shaken", "swear": "sworn", "throw": "thrown", "wake": "woken",
        "wear": "worn", "draw": "drawn", "fly": "flown", "grow": "grown", "blow": "blown", "beat": "beaten", "bite": "bitten",
        "withdraw": "withdrawn", "overcome": "overcome", "undertake": "undertaken", "go": "gone", "come": "come",
        "run": "run", "become": "become", "sing": "sung", "drink": "drunk", "tear": "torn", "forbid": "forbidden",
        "arise": "arisen", "be": "been",
    ]

    /// Whether an English noun phrase ends in a regular or irregular plural ("soldiers", "men"), not "news" or "crisis".
    static func looksPlural(_ phrase: String) -> Bool {
        let w = phrase.split(separator: " ").last.map { $0.lowercased() } ?? ""
        if irregularPlural.values.contains(w), irregularPlural[w] == nil { return true }
        return w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is") && w != "news"
    }

    /// The past participle of a verb gloss (first word): "arrest" → "arrested", "take" → "taken".
    public static func participle(_ gloss: String) -> String {
        let first = gloss.prefix { $0 != " " }
        if let p = irregularParticiples[String(first)] { return p + gloss.dropFirst(first.count) }
        return past(gloss)
    }

    /// The present of a verb gloss: third singular "says" unless the subject is plural.
    public static func present(_ gloss: String, thirdSingular: Bool) -> String {
        mapFirst(gloss) { w in
            if w == "be" { return thirdSingular ? "is" : "are" }
            if w == "have" { return thirdSingular ? "has" : "have" }
            guard thirdSingular else { return w }
            if w == "can" || w == "may" || w == "must" || w == "will" { return w }
            if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("ch") || w.hasSuffix("sh") || w.hasSuffix("o") { return w + "es" }
            if w.hasSuffix("y"), let b = w.dropLast().last, !"aeiou".contains(b) { return String(w.dropLast()) + "ies" }
            return w + "s"
        }
    }

    /// The -ing form of a verb gloss: "hand over" → "handing over".
    public static func gerund(_ gloss: String) -> String {
        mapFirst(gloss) { w in
            if w == "be" { return "being" }
            if w.hasSuffix("ie") { return String(w.dropLast(2)) + "ying" }
            if w.hasSuffix("e"), !w.hasSuffix("ee"), w.count > 2 { return String(w.dropLast()) + "ing" }
            if doublesFinal(w) { return w + String(w.suffix(1)) + "ing" }
            return w + "ing"
        }
    }

    /// The -ly adverb of an adjective: "large" → "largely", "basic" → "basically", "easy" → "easily".
    /// Adverbs not made with -ly, or whose -ly form means something else ("largely" is "mostly").
    static let irregularAdverbs: [String: String] = [
        "large": "significantly", "big": "significantly", "great": "greatly", "good": "well", "whole": "entirely",
        "fast": "fast", "hard": "hard", "small": "slightly",
    ]

    public static func adverb(_ adjective: String) -> String {
        let w = adjective
        if let irregular = irregularAdverbs[w] { return irregular }
        if w.hasSuffix("ly") { return w }
        if w.hasSuffix("ic") { return w + "ally" }
        if w.hasSuffix("le"), w.count > 3 { return String(w.dropLast()) + "y" }
        if w.hasSuffix("y"), w.count > 2 { return String(w.dropLast()) + "ily" }
        return w + "ly"
    }

    private static func mapFirst(_ gloss: String, _ f: (String) -> String) -> String {
        guard let space = gloss.firstIndex(of: " ") else { return gloss.isEmpty ? gloss : f(gloss) }
        return f(String(gloss[..<space])) + gloss[space...]
    }

    /// Verbs stressed on a final consonant-vowel-consonant syllable: submit → submitted.
    static let stressFinal: Set<String> = [
        "submit", "commit", "admit", "permit", "omit", "emit", "transmit", "occur", "recur", "refer", "prefer", "confer",
        "defer", "transfer", "infer", "deter", "control", "compel", "expel", "propel", "patrol", "regret", "equip",
        "rebel", "acquit", "forget", "begin", "upset", "abhor", "incur", "outfit",
    ]

    /// stop → stopped; CVC monosyllables and stress-final verbs.
    private static func doublesFinal(_ w: String) -> Bool {
        if stressFinal.contains(w) { return true }
        let c = Array(w)
        guard c.count >= 3, c.count <= 4 else { return false }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let last = c[c.count - 1], mid = c[c.count - 2], before = c[c.count - 3]
        return !vowels.contains(last) && !"wxy".contains(last) && vowels.contains(mid) && !vowels.contains(before)
            && c.filter({ vowels.contains($0) }).count == 1
    }
}
