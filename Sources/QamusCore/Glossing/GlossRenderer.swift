/// Renders a looked-up word in English from its reading and its neighbours.
///
/// Decides function words by context (أن → "that" / "to", قد → "has" / "may"), verb tense
/// (perfect → past, imperfect → present, س → will), plurals and duals, the article, and
/// pronoun suffixes (possessive on nouns: قواتها → "its forces"; object on verbs: قتلهم → "killed them").
enum GlossRenderer {
    /// How a verb is shaped by the word before it.
    enum VerbMode { case plain, bare, perfectAfterHas }

    /// Sets role, analysis and function stem of a piece from its reading.
    static func assignRole(_ p: inout GlossPiece) {
        guard let r = p.reading else { return }
        p.hasProclitic = !r.proclitics.isEmpty
        p.hasEnclitic = r.enclitic != nil
        if r.source == .functionWord || (FunctionWords.table[ByteKey(r.stem)] != nil && (r.best?.pos.isFunctionWord ?? true || r.best?.pos == .adv)) {
            p.functionStem = r.stem
            p.role = .function
            return
        }
        if r.stem.isEmpty {  // preposition + pronoun (له)
            p.role = .function
            p.functionStem = ""
            return
        }
        guard let a = r.best else { return }
        p.analysis = a
        switch a.pos {
        case .verb: p.role = a.features.contains(.nominal) ? .noun : .verb
        case .adj: p.role = .adjective
        case .noun, .num: p.role = .noun
        case .name: p.role = .name
        default: p.role = a.pos.isFunctionWord ? .function : .other
        }
    }

    /// Verb modes by the preceding function word: bare after أن/لم/لن/لا/قد+imperfect/ل, "has" + past after قد.
    static func markVerbForms(_ pieces: inout [GlossPiece]) {
        for i in pieces.indices.dropLast() where pieces[i + 1].role == .verb {
            guard let stem = pieces[i].functionStem, pieces[i + 1].reading?.proclitics.isEmpty ?? true else { continue }
            switch stem {
            // أنه يعتقد "that he believes": with a pronoun أن is "that", and the verb keeps its person.
            case "أن" where pieces[i].reading?.enclitic != nil: break
            case "أن", "لم", "لن", "لا", "كي", "لكي": if pieces[i + 1].isImperfect { pieces[i + 1].verbMode = .bare }
            case "قد": pieces[i + 1].verbMode = pieces[i + 1].isImperfect ? .bare : .perfectAfterHas
            default: break
            }
        }
    }

    static func render(_ pieces: inout [GlossPiece], _ i: Int, contextRules: Bool) {
        guard var p = Optional(pieces[i]), let r = p.reading, p.origin == .lexicon else { return }
        let next: GlossPiece? = i + 1 < pieces.count ? pieces[i + 1] : nil
        let prev: GlossPiece? = i > 0 ? pieces[i - 1] : nil
        p.lead = []
        var absorbed = p.absorbedProclitic
        for pro in r.proclitics where pro != "س" {
            if pro == absorbed { absorbed = nil; continue }
            if pro == "ل", p.role == .verb, p.isImperfect { p.lead.append("to"); p.verbMode = .bare; continue }
            p.lead.append(FunctionWords.proclitic(pro))
        }
        let enc = r.enclitic
        if let adverb = p.adverb {
            p.lead = []
            p.core = adverb
            pieces[i] = p
            return
        }
        if p.functionStem == "multi" {  // a multi-word entry: its first sense as written
            p.core = p.analysis?.firstSense ?? ""
            // A construct (وزارة الدفاع) is as definite as its last word; الخامس عشر by its first;
            // an adjective by its own article (طويلة المدى "long-range" agrees with an indefinite noun).
            let lastDefinite = p.analysis?.pos != .adj && (r.stem.split(separator: " ").last?.hasPrefix("ال") ?? false)
            p.definite = r.stem.hasPrefix("ال") || lastDefinite
            // A body or a countable noun named by a definite expression: "the United Nations", "the air force".
            if contextRules, p.role == .name || p.role == .noun,
               BodyNamer.multiWordTakesArticle(stem: r.stem, english: p.core, isName: p.role == .name) {
                p.lead.append("the")
            }
            pieces[i] = p
            return
        }
        switch p.role {
        case .function:
            renderFunction(&p, r, next: contextRules ? next : nil, prev: contextRules ? prev : nil,
                           beforePrev: contextRules && i > 1 ? pieces[i - 2] : nil)
        case .verb:
            let a = p.analysis
            let sense = a?.firstSense ?? ""
            let plural = a?.features.contains(.pluralSubject) ?? false
            if p.verbMode == .bare, sense == "be", prev?.functionStem == "لم" {
                p.core = plural ? "were" : "was"
                pieces[i - 1].core = "not"
                pieces[i - 1].order = .afterNext
            } else if p.verbMode == .bare, sense == "be", p.isImperfect, prev?.functionStem == "لا" {
                // لا يكون → "is not": the negation follows "be".
                p.core = plural ? "are" : "is"
                pieces[i - 1].core = "not"
                pieces[i - 1].order = .afterNext
            } else if p.verbMode == .bare {
                p.core = sense
            } else if r.proclitics.contains("س") {
                p.lead.append("will")
                p.core = sense
            } else if p.verbMode == .perfectAfterHas {
                p.core = EnglishInflector.past(sense, pluralSubject: plural).replacingOccurrences(of: "was", with: "been")
            } else if p.isImperfect, contextRules, let prev, prev.functionStem == "كان" || (prev.analysis?.lemma == "كان" && !prev.isImperfect) {
                // كان يعمل → "was working".
                p.core = EnglishInflector.gerund(sense)
            } else if p.isImperfect {
                let third = !plural && (r.stem.hasPrefix("ي") || r.stem.hasPrefix("ت"))
                p.core = EnglishInflector.present(sense, thirdSingular: third)
            } else {
                p.core = EnglishInflector.past(sense, pluralSubject: plural)
            }
            if let enc { p.tail.append(FunctionWords.object(enc)) }
        case .noun, .adjective:
            guard let a = p.analysis else { break }
            // تم اعتقال المشتبه → "the suspect was arrested": تم + verbal noun is a passive whose
            // complement is the subject (put first by `WordOrderer`, as after any verb).
            if contextRules, r.proclitics.isEmpty, enc == nil, let prev, ReadingChooser.isTamma(prev),
               let action = PassiveShaper.action(a, r) {
                let plural = next?.analysis.map { $0.isPlural } ?? false
                let be = prev.isImperfect ? (plural ? "are" : "is") : (plural ? "were" : "was")
                p.core = be + " " + EnglishInflector.participle(action)
                p.role = .verb
                // Its subject follows, definite or not: تم توثيق وجود متطوعين "the presence of volunteers was documented".
                p.subjectFollows = true
                prev.core = ""
                break
            }
            // عام 1566 → "in 1566".
            if r.stem == "عام" || r.stem == "سنة", r.proclitics.isEmpty || r.proclitics == ["ل"], enc == nil, next?.role == .number {
                // لعام 2016 → "for 2016".
                p.core = r.proclitics.isEmpty ? "in" : "for"
                p.lead = []
                break
            }
            // بشكل كبير → "largely": ب + manner noun + adjective is an adverb.
            if contextRules, MannerReader.isManner(p), let next {
                // بشكل غير معتاد → "not usually": غير is "not" before the adverb.
                let k = next.functionStem == "غير" && i + 2 < pieces.count ? i + 2 : i + 1
                if pieces[k].role == .adjective, pieces[k].reading?.proclitics.isEmpty ?? false,
                   let adj = pieces[k].analysis?.firstSense, !adj.isEmpty, !adj.contains(" ") {
                    p.core = ""
                    p.lead = []
                    pieces[k].adverb = EnglishInflector.adverb(adj)
                    break
                }
            }
            var sense = a.firstSense
            if a.pos == .verb { sense = EnglishInflector.gerund(sense) }
            // A verbal noun glossed as its verb (تحرك "to move"): "moving", plural "moves" (تحركاته "his moves";
            // before a pronoun the stem of a plural in ات is written اة).
            if a.pos == .noun, sense.hasPrefix("to "), sense.count > 3 {
                sense = String(sense.dropFirst(3))
                let numbered = a.isPlural
                if r.stem.hasSuffix("ات") || r.stem.hasSuffix("اة") {
                    if !numbered { sense = EnglishInflector.plural(sense) }
                } else if !numbered {
                    sense = EnglishInflector.gerund(sense)
                }
            }
            if p.role == .noun, a.features.contains(.dual) {
                sense = "two " + EnglishInflector.plural(sense)
            } else if p.role == .noun, a.features.contains(.plural) {
                sense = EnglishInflector.plural(sense)
            } else if p.role == .noun, contextRules, r.proclitics.isEmpty, let prev, countsMany(prev), !numberWords.contains(sense) {
                // Arabic counts 11 and up with a singular (48 ساعة); English wants "48 hours".
                sense = EnglishInflector.plural(sense)
            }
            p.core = sense
            if let enc {
                p.lead.append(FunctionWords.possessive(enc))
                p.definite = true
            } else if r.isDefinite {
                p.definite = true
                // هذه الزيارة → "this visit", هذه المحادثات → "these talks": a demonstrative is the article.
                if contextRules, let prev, let stem = prev.functionStem, prev.reading?.enclitic == nil,
                   let plural = demonstratives[ByteKey(stem)], r.proclitics.isEmpty {
                    // Plural by its features, or a plural-only headword in ات (المحادثات "talks").
                    if a.isPlural || r.stem.hasSuffix("ات") { prev.core = plural }
                } else if contextRules, let prev, prev.functionStem == "multi", let q = prev.analysis?.firstSense, quantifiers.contains(q) {
                    // العديد من العلماء → "many scientists": a quantifier takes the noun without "the".
                } else if a.pos != .verb {
                    p.lead.append("the")
                }
            }
        case .name:
            p.core = p.analysis?.firstSense ?? ""
            p.definite = true
        default:
            p.core = p.analysis?.firstSense ?? r.stem
        }
        pieces[i] = p
    }

    /// Quantifier expressions after which a definite Arabic noun takes no "the" (العديد من, عدد من).
    static let quantifiers: Set<String> = ["many", "a number of", "a large number of", "more"]

    /// Prepositions whose ه suffix is "it" rather than "him": عليه "on it", فيه "in it", منه "from it".
    static let thingPrepositions: Set<ByteKey> = ["على", "علي", "في", "من", "إلى", "إلي", "الي"]

    /// Demonstratives before a definite noun, with their English before a plural.
    static let demonstratives: [ByteKey: String] = ["هذا": "these", "هذه": "these", "ذلك": "those", "تلك": "those", "هؤلاء": "these", "أولئك": "those"]

    /// Number words that stay singular after a number: 221 billion.
    static let numberWords: Set<String> = ["hundred", "thousand", "million", "billion", "trillion"]

    /// Whether a piece is a number above one that counts the noun after it (not a year: 1990).
    static func countsMany(_ p: GlossPiece) -> Bool {
        guard p.role == .number, let n = Int(p.core.filter { $0 != "," }) else { return false }
        return n > 1 && !(n >= 1000 && n <= 2100 && !p.core.contains(","))
    }

    /// Verbs of reporting whose source عن introduces: نقلت الوكالة عن مسؤول → "the agency reported, citing an official".
    static let reportingVerbs: Set<String> = ["نقل", "ذكر", "أفاد", "روى"]

    private static func isReporting(_ p: GlossPiece?) -> Bool {
        guard let p, p.role == .verb, let lemma = p.analysis?.lemma else { return false }
        return reportingVerbs.contains(lemma)
    }

    private static func renderFunction(_ p: inout GlossPiece, _ r: WordReading, next: GlossPiece?, prev: GlossPiece?, beforePrev: GlossPiece?) {
        let stem = p.functionStem ?? r.stem
        if stem == "multi" {
            p.core = p.analysis?.firstSense ?? ""
            return
        }
        let enc = r.enclitic
        if stem.isEmpty, let prep = r.proclitics.first, let enc {  // له → "to him", به → "in it"
            p.lead = prep == p.absorbedProclitic ? [] : [FunctionWords.proclitic(prep)]
            p.core = prep == "ب" && enc == "ه" ? "it" : FunctionWords.object(enc)
            return
        }
        var core = FunctionWords.english(stem) ?? r.best?.firstSense ?? ""
        let nextVerb = next?.role == .verb && (next?.reading?.proclitics.isEmpty ?? false)
        let nextImperfect = nextVerb && (next?.isImperfect ?? false)
        // Compared as bytes: `String` equality on Arabic text takes the slow, normalising path.
        switch ByteKey(stem) {
        case "أن", "أنّ":
            core = enc == nil && nextImperfect ? "to" : "that"
            // بأن / بأنه after a verb of saying or describing is "that", not "in that".
            if r.proclitics.last == "ب", let k = p.lead.lastIndex(of: "in") { p.lead.remove(at: k) }
            // يمكن أن تصل → "can reach": a modal takes the bare verb.
            if core == "to", let lemma = prev?.analysis?.lemma, lemma == "مكن" || lemma == "استطاع" || prev?.core == "cannot" { core = "" }
        case "قد":
            core = nextVerb ? (nextImperfect ? "may" : "has") : ""
        case "إن":
            if r.proclitics.last == "ف", enc == nil {
                // فإن opening the main clause after a condition or a topic says nothing in English.
                core = ""
                p.lead.removeAll { $0 == "so" }
            } else if prev?.role == .verb || r.proclitics.contains("ف") { core = "" } else if nextVerb && !nextImperfect { core = "if" }
        case "لا":
            if nextImperfect { core = (next?.analysis?.features.contains(.pluralSubject) ?? false) ? "do not" : "does not" }
            else if next?.role == .noun { core = "no" }
        case "ما":
            if nextVerb && !nextImperfect && prev?.role != .noun { core = "what" }
        case "على":
            // A verb that governs على as its object: حصل على → "obtained", وافق على → "agreed to".
            if enc == nil, r.proclitics.isEmpty, let prev, prev.role == .verb, prev.reading?.enclitic == nil,
               let lemma = prev.analysis?.lemma, let english = VerbPrepositions.ala[lemma] {
                core = english
            }
        case "عن":
            // After a reporting verb, or its subject, عن names the source.
            let subject = prev.map { !$0.hasProclitic && ($0.role == .noun || $0.role == .name || $0.role == .fixed) } ?? false
            if enc == nil, r.proclitics.isEmpty, isReporting(prev) || (subject && isReporting(beforePrev)) {
                core = "citing"
            } else if r.proclitics.isEmpty, let prev, prev.role == .verb, prev.reading?.enclitic == nil,
                      let lemma = prev.analysis?.lemma, let english = VerbPrepositions.an[lemma] {
                // A verb that governs عن: أعلن عن → "announced", أسفر عن → "resulted in".
                core = english
            }
        case "نحو":
            // Before a quantity نحو is "about": نحو 400 شخص → "about 400 people" (else "towards").
            if enc == nil, next?.role == .number || next?.analysis?.pos == .num { core = "about" }
        case "أحد", "إحدى":
            // Before a noun in construct, "one of": إحدى صديقاتها → "one of her friends".
            if enc == nil, let next, next.role == .noun || next.role == .adjective, !next.hasProclitic { core = "one of" }
        case "لدى", "عند":
            if let enc {
                let subject = FunctionWords.subject(enc)
                core = subject
                p.tail = [enc == "ه" || enc == "ها" ? "has" : "have"]
                p.core = core
                return
            }
        default:
            break
        }
        p.core = core
        if let enc {
            if FunctionWords.subjectTaking.contains(ByteKey(stem)) {
                p.tail.append(FunctionWords.subject(enc))
            } else if enc == "ه", thingPrepositions.contains(ByteKey(stem)) {
                // عليه، فيه، منه: news refers to things more than persons this way ("on it", "in it").
                p.tail.append("it")
            } else {
                p.tail.append(FunctionWords.object(enc))
            }
        }
    }
}
