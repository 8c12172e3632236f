/// Shapes rendered pieces into English clauses where news Arabic has a fixed pattern.
///
/// Runs after `GlossRenderer` and before `WordOrderer`:
/// - عبر … عن is "expressed": وعبر مسؤولون آخرون عن قلقهم → "and other officials expressed their concern"
///   (not "across … about").
/// - يعد / تعد opening a clause is the passive "is considered": وتعد هذه الزيارة → "and this visit is considered".
/// - A pronoun opening a nominal clause carries the copula: هي واحدة من → "it is one of";
///   وهو ما يعني → "which means".
/// - أول before an indefinite noun is "the first": أول لقاء → "the first meeting".
/// - A model designation names the noun before it: صواريخ S-300 → "S-300 missiles".
/// - An indefinite singular noun after a verb takes "a" / "an": أخذ طائرة → "took a plane".
/// - A reporting verb with its object before a named source citing another: ونقلت الخبر أيضا رويترز عن →
///   "and Reuters also reported the news citing".
/// - A definite noun opening a clause before an indefinite adjective is a nominal sentence: "is" / "are".
/// - أفيد أن and أفادت تقارير أن are "it was reported that" (`PassiveShaper`).
enum ClauseShaper {
    static func shape(_ pieces: inout [GlossPiece]) {
        for i in pieces.indices {
            let p = pieces[i]
            guard p.origin == .lexicon else { continue }
            if p.functionStem == "", p.reading?.proclitics == ["ل"], let enc = p.reading?.enclitic {
                possession(pieces, at: i, enclitic: enc)
            } else if let stem = p.functionStem, let enc = p.reading?.enclitic, FunctionWords.subjectTaking.contains(ByteKey(stem)) {
                pronounPredicate(pieces, at: i, enclitic: enc)
            } else if let stem = p.functionStem, p.reading?.enclitic == nil {
                switch ByteKey(stem) {
                case "عبر": expressed(pieces, at: i)
                case "هي", "هو", "هم": CopulaPlacer.place(pieces, at: i)
                default: break
                }
            } else if p.role == .verb {
                considered(pieces, at: i)
                ledTo(pieces, at: i)
            } else if p.role == .noun || p.role == .adjective {
                first(pieces, at: i)
            }
        }
        PassiveShaper.shape(pieces)
        reportedBy(pieces)
        nominalPredicates(pieces)
        DesignationPlacer.place(pieces)
        articles(pieces)
        termArticles(pieces)
    }

    /// Whether piece `i` starts a clause: first in the sentence, after punctuation, or carrying و / ف.
    static func opensClause(_ pieces: [GlossPiece], at i: Int) -> Bool {
        if let pro = pieces[i].reading?.proclitics, !pro.isEmpty { return pro.allSatisfy { $0 == "و" || $0 == "ف" } }
        return i == 0 || pieces[i - 1].role == .punctuation
    }

    /// عبر opening a clause with عن within its subject's reach is the verb "expressed" (عبر عن طريق "via" excepted).
    private static func expressed(_ pieces: [GlossPiece], at i: Int) {
        guard opensClause(pieces, at: i) else { return }
        var k = i + 1
        while k < pieces.count, k <= i + 4 {
            let q = pieces[k]
            if q.functionStem == "عن", q.reading?.enclitic == nil, q.reading?.proclitics.isEmpty ?? true {
                guard k + 1 < pieces.count, pieces[k + 1].reading?.stem != "طريق" else { return }
                pieces[i].core = "expressed"
                pieces[i].role = .verb
                pieces[i].subjectFollows = true
                q.core = ""
                return
            }
            // Only a subject (nouns, adjectives, names) stands between the verb and عن.
            guard !q.hasProclitic, [.noun, .adjective, .name, .fixed].contains(q.role) else { return }
            k += 1
        }
    }

    /// أدى with إلى within its subject's reach is "led to": وقد أدى ذلك خلال اليومين إلى → "that has led … to".
    private static func ledTo(_ pieces: [GlossPiece], at i: Int) {
        let p = pieces[i]
        guard p.reading?.enclitic == nil, let lemma = p.analysis?.lemma, ByteKey(lemma) == "أدى" else { return }
        var k = i + 1
        while k < pieces.count, k <= i + 5, pieces[k].role != .punctuation {
            let q = pieces[k]
            if q.role == .function, q.reading?.enclitic == nil, q.reading?.proclitics.isEmpty ?? true,
               q.functionStem == "إلى" || q.functionStem == "الى" {
                let plural = p.analysis?.features.contains(.pluralSubject) ?? false
                if p.verbMode == .perfectAfterHas {
                    p.core = "led"
                } else {
                    p.core = p.isImperfect ? EnglishInflector.present("lead", thirdSingular: !plural) : "led"
                }
                q.core = "to"
                return
            }
            k += 1
        }
    }

    /// يعد / تعد opening a clause before a noun is the passive: "is considered".
    private static func considered(_ pieces: [GlossPiece], at i: Int) {
        let p = pieces[i]
        guard let r = p.reading, r.enclitic == nil, p.isImperfect, p.verbMode == .plain, !r.proclitics.contains("س"),
              ByteKey(r.stem) == "تعد" || ByteKey(r.stem) == "يعد", opensClause(pieces, at: i), i + 1 < pieces.count else { return }
        let next = pieces[i + 1]
        guard !next.hasProclitic, next.role == .noun || next.role == .name || next.role == .fixed
                || (next.role == .function && GlossRenderer.demonstratives[ByteKey(next.functionStem ?? "")] != nil) else { return }
        p.core = "is considered"
        p.subjectFollows = true
    }

    /// أن / إن + pronoun before an indefinite noun or adjective is a nominal clause with "is":
    /// أنه متواجد → "that he is present", أنها دولة → "that it is a state".
    private static func pronounPredicate(_ pieces: [GlossPiece], at i: Int, enclitic: String) {
        guard i + 1 < pieces.count else { return }
        let next = pieces[i + 1]
        let nominalExpression = next.functionStem == "multi" && [.noun, .adj].contains(next.analysis?.pos)
        guard next.origin == .lexicon, !next.hasProclitic, !next.hasEnclitic, !next.definite, !next.core.isEmpty,
              next.role == .noun || next.role == .adjective || nominalExpression else { return }
        let subject = FunctionWords.subject(enclitic)
        pieces[i].tail.append(subject == "I" ? "am" : (["he", "she", "it"].contains(subject) ? "is" : "are"))
        pieces[i].isCopula = true
        // A participle glossed as "being X" reads "X" after the copula: "he is present".
        if next.core.hasPrefix("being ") { next.core.removeFirst("being ".count) }
    }

    /// ل + pronoun after أن / إن, or after كان, before a noun is possession: أن لها مستشارين →
    /// "that it has advisers", سليماني كان له دور → "Soleimani had a role".
    private static func possession(_ pieces: [GlossPiece], at i: Int, enclitic: String) {
        guard i > 0, i + 1 < pieces.count else { return }
        let prev = pieces[i - 1]
        var next = pieces[i + 1]
        if next.role == .punctuation, next.core == "\"", i + 2 < pieces.count { next = pieces[i + 2] }
        guard next.role == .noun, !next.hasProclitic, !next.definite else { return }
        let p = pieces[i]
        let subject = FunctionWords.subject(enclitic)
        let plural = subject == "they" || subject == "we" || subject == "you" || subject == "I"
        if prev.role == .function, prev.reading?.enclitic == nil, let stem = prev.functionStem,
           ["أن", "أنّ", "إن", "إنّ"].contains(ByteKey(stem)) {
            p.lead = []
            p.core = subject
            p.tail = [plural ? "have" : "has"]
        } else if prev.functionStem == "كان" || (prev.role == .verb && prev.analysis?.lemma == "كان" && !prev.isImperfect),
                  prev.reading?.enclitic == nil {
            // The verb's subject is before it (سليماني كان له) or is the pronoun (كان له دور "he had a role").
            let opens = opensClause(pieces, at: i - 1)
            prev.core = ""
            p.lead = []
            p.core = opens ? subject : ""
            p.tail = ["had"]
        } else {
            return
        }
        p.isCopula = true
    }

    /// أول before an indefinite noun: "the first".
    private static func first(_ pieces: [GlossPiece], at i: Int) {
        let p = pieces[i]
        guard let r = p.reading, ByteKey(r.stem) == "أول", r.enclitic == nil, i + 1 < pieces.count, !p.lead.contains("the") else { return }
        let next = pieces[i + 1]
        guard next.role == .noun, next.origin == .lexicon, !next.definite, !next.hasProclitic, !next.hasEnclitic else { return }
        p.core = "first"
        p.lead.append("the")
        p.definite = true
        p.role = .noun
    }

    /// Reporting verb + definite object + (أيضا) + a name or term + عن: the name is the subject (verb,
    /// object, subject order), عن cites the source. Without عن after the name the order is left alone.
    private static func reportedBy(_ pieces: [GlossPiece]) {
        var i = 0
        while i + 3 < pieces.count {
            let verb = pieces[i]
            guard verb.role == .verb, verb.origin == .lexicon, !verb.hasEnclitic, verb.reading?.proclitics.contains("ل") != true,
                  let lemma = verb.analysis?.lemma, GlossRenderer.reportingVerbs.contains(lemma) else { i += 1; continue }
            let object = pieces[i + 1]
            var k = i + 2
            let also = pieces[k].functionStem == "أيضا" && !pieces[k].hasProclitic
            if also { k += 1 }
            guard object.role == .noun, object.origin == .lexicon, object.definite, !object.hasProclitic, k + 1 < pieces.count,
                  pieces[k].role == .name || pieces[k].role == .fixed, !pieces[k].hasProclitic,
                  pieces[k + 1].functionStem == "عن", pieces[k + 1].reading?.enclitic == nil,
                  pieces[k + 1].reading?.proclitics.isEmpty ?? true else { i += 1; continue }
            verb.hasSubject = true
            verb.subjectOffset = k - i
            pieces[k + 1].core = "citing"
            i = k + 2
        }
    }

    /// Puts the subjects `reportedBy` found before their verb (run by `WordOrderer`, keeping the
    /// per-token glosses in source order): [verb, object, also, name] → [name, also, verb, object].
    static func placeReportedSubjects(_ pieces: inout [GlossPiece]) {
        var i = 0
        while i < pieces.count {
            let verb = pieces[i]
            let k = i + verb.subjectOffset
            guard verb.subjectOffset > 1, k < pieces.count else { i += 1; continue }
            verb.subjectOffset = 0
            let subject = pieces[k]
            let conj = verb.lead.prefix { $0 == "and" || $0 == "so" }
            verb.lead.removeFirst(conj.count)
            subject.lead = Array(conj) + subject.lead
            var moved = [subject]
            if k - i == 3 { moved.append(pieces[i + 2]) }  // أيضا "also"
            moved += [verb, pieces[i + 1]]
            pieces.replaceSubrange(i...k, with: moved)
            i = k + 1
        }
    }

    /// A definite noun opening a clause with an indefinite adjective after it is a nominal sentence:
    /// الوضع خطير → "the situation is dangerous" (an attributive adjective would agree in definiteness).
    /// Not after a verb (the noun is its subject or object), nor an accusative in ا (a circumstance).
    private static func nominalPredicates(_ pieces: [GlossPiece]) {
        for i in pieces.indices.dropLast() where pieces[i].role == .noun && pieces[i].origin == .lexicon && pieces[i].definite {
            let noun = pieces[i]
            let adjective = pieces[i + 1]
            guard let r = noun.reading, r.hasOnlyConjunctions, let a = noun.analysis,
                  adjective.role == .adjective, adjective.origin == .lexicon, !adjective.definite, !adjective.hasProclitic,
                  !adjective.hasEnclitic, !adjective.core.isEmpty, let stem = adjective.reading?.stem, !stem.hasSuffix("ا") else { continue }
            if i > 0 {
                let prev = pieces[i - 1]
                guard prev.role == .punctuation || (prev.role == .function && subjectIntroducers.contains(ByteKey(prev.functionStem ?? ""))) else { continue }
            }
            // Plural by its features, or a plural-only headword in ات (المحادثات "the talks").
            let plural = a.isPlural || r.stem.hasSuffix("ات")
            adjective.lead.insert(plural ? "are" : "is", at: 0)
        }
    }

    /// Words after which a definite noun is a clause's subject: أن الوضع خطير "that the situation is dangerous".
    static let subjectIntroducers: Set<ByteKey> = ["أن", "إن", "أنّ", "إنّ", "لكن", "لأن", "حيث", "بينما", "إذ"]

    /// Abstract English endings that take no article (protection, cooperation, security).
    static let massEndings = ["tion", "ness", "ity", "ism", "ance", "ence", "ment", "ship", "age"]

    /// A definite glossary term (not a name) opening a clause takes "the": اللواء الإيراني → "the Iranian
    /// major general". (After a construct head `WordOrderer` gives it "of the".)
    private static func termArticles(_ pieces: [GlossPiece]) {
        for i in pieces.indices where pieces[i].role == .fixed && pieces[i].origin == .glossary && pieces[i].fixedDefinite {
            let p = pieces[i]
            guard !p.hasProclitic, p.lead.isEmpty, i == 0 || (pieces[i - 1].role == .punctuation && clauseMarks.contains(pieces[i - 1].core)),
                  BodyNamer.nameStart(p.core) == p.core.startIndex, !p.core.hasPrefix("the "), !p.core.hasPrefix("The ") else { continue }
            p.lead = ["the"]
        }
    }

    /// Punctuation after which a clause starts (not a quote, which may follow a construct head).
    static let clauseMarks: Set<String> = [",", ";", ":", ".", "!", "?"]

    /// An indefinite singular noun right after a verb (its object, or its subject) or a copula
    /// (هي دولة كبيرة → "it is a large state"): "a" / "an" goes before it.
    private static func articles(_ pieces: [GlossPiece]) {
        for i in pieces.indices.dropFirst() where pieces[i].role == .noun && pieces[i].origin == .lexicon {
            let p = pieces[i]
            let prev = pieces[i - 1]
            // (A proclitic the verb silences counts as none: قام بزيارة → "carried out a visit".)
            // After "citing" too: نقلت الوكالة عن مسؤول → "citing an official".
            guard prev.role == .verb || prev.isCopula || prev.core == "citing", !prev.core.isEmpty, !p.definite, !p.hasEnclitic, p.lead.isEmpty,
                  let a = p.analysis, a.pos == .noun, !a.isPlural,
                  let r = p.reading, !r.stem.hasSuffix("ات"), !p.core.isEmpty, !p.core.contains(" "),
                  !massEndings.contains(where: { p.core.hasSuffix($0) }), !GlossRenderer.numberWords.contains(p.core),
                  p.core.first?.isLowercase == true else { continue }
            // Not a construct head (رئيس منطقة مدريد "the president of …") nor a year noun (عام 2004 "in 2004").
            if i + 1 < pieces.count {
                let next = pieces[i + 1]
                // (A noun that may read as an adjective, خاصة "special", is no complement.)
                let maybeAdjective = next.role == .noun && !next.definite && next.reading?.analyses.contains { $0.pos == .adj } == true
                if next.role == .number || (!next.hasProclitic && [.noun, .name, .fixed].contains(next.role) && !maybeAdjective) { continue }
            }
            p.needsArticle = true
        }
    }

    /// "a" or "an" before an English word.
    static func article(before word: String) -> String {
        let w = word.lowercased()
        guard let c = w.first else { return "a" }
        // A vowel letter read with a consonant: a European, a union, a useful, a one-day.
        if consonantStarts.contains(where: { w.hasPrefix($0) }) { return "a" }
        return "aeiou".contains(c) ? "an" : "a"
    }

    /// Beginnings spelled with a vowel but said with a consonant (y, w).
    private static let consonantStarts = ["eu", "uni", "use", "usu", "ukr", "one", "once"]
}
