/// Puts a verb's subject before it, English fashion (run by `WordOrderer`): قال المتحدث → "the
/// spokesman said", لم تعترف إيران → "Iran did not acknowledge", يقول محللون → "analysts say".
enum SubjectPlacer {
    /// Verb + definite subject → subject + verb: قال المتحدث → "the spokesman said".
    static func place(_ pieces: inout [GlossPiece]) {
        agreeAfterPlural(pieces)
        var i = 0
        while i + 1 < pieces.count {
            let verb = pieces[i]
            // An infinitive after ل (لمناقشة القضايا "to discuss the issues") has an object, not a subject;
            // so has a verb marked for a plural subject (دعموا البريطانيين "they supported the British").
            guard verb.role == .verb, !verb.hasEnclitic, verb.origin == .lexicon, verb.reading?.proclitics.contains("ل") != true,
                  verb.absorbedProclitic == nil, !verb.hasSubject, !(i > 0 && isRelative(pieces[i - 1])), !nameBefore(pieces, verbAt: i),
                  verb.analysis?.features.contains(.pluralSubject) != true else {
                i += 1
                continue
            }
            let first = pieces[i + 1]
            if SubjectSpotter.demonstrativeIsSubject(pieces, verbAt: i) {
                // لم تكن هذه المرة الأولى → "this was not the first time": the demonstrative alone moves.
                pieces[i + 2].lead.insert("the", at: 0)
                let start = i > 0 && isVerbParticle(pieces[i - 1]) ? i - 1 : i
                let conj = pieces[start].lead.prefix { $0 == "and" || $0 == "so" }
                pieces[start].lead.removeFirst(conj.count)
                first.lead = Array(conj) + first.lead
                pieces.replaceSubrange(start...(i + 1), with: [first] + pieces[start...i])
                i += 2
                continue
            }
            // After a verb of saying an indefinite noun is the subject too: قال دبلوماسي → "a diplomat said".
            let saidBy = first.role == .noun && !first.definite && !first.hasEnclitic && verb.analysis.map { speechVerbs.contains($0.lemma) } == true
            // So is a nominative sound plural (ون), or any noun after a verb that takes its subject after it.
            let indefiniteSubject = first.role == .noun && !first.definite && !first.hasEnclitic
                && (verb.subjectFollows || isNominativePlural(first))
            // A demonstrative and its noun after such a verb: تعد هذه الزيارة → "this visit is considered".
            let demonstrative = verb.subjectFollows && first.role == .function && i + 2 < pieces.count
                && GlossRenderer.demonstratives[ByteKey(first.functionStem ?? "")] != nil && pieces[i + 2].role == .noun
                && !pieces[i + 2].hasProclitic
            // So is an indefinite noun of a person not in the accusative (no ا): نفى متحدث → "a spokesman denied".
            let person = SubjectSpotter.isPersonSubject(first)
            guard !first.hasProclitic, first.definite || first.role == .name || first.role == .fixed || saidBy || indefiniteSubject || demonstrative || person,
                  first.role == .noun || first.role == .name || first.role == .fixed || demonstrative || person else { i += 1; continue }
            if saidBy || person, let a = first.analysis, !a.isPlural,
               !first.hasArticle {
                first.lead.insert(ClauseShaper.article(before: first.core), at: 0)
            }
            // A construct head moved before its passive is specified by its "of": "the presence of volunteers was documented".
            if indefiniteSubject, verb.core.hasPrefix("was ") || verb.core.hasPrefix("is "), i + 2 < pieces.count,
               pieces[i + 2].lead.first == "of", !first.hasArticle {
                first.lead.insert("the", at: 0)
            }
            var end = demonstrative ? i + 3 : i + 2
            // An expression ending in a preposition takes its complement along: "a spokesman for the police".
            if person, first.role != .noun, end < pieces.count, !pieces[end].hasProclitic,
               [.noun, .name, .fixed].contains(pieces[end].role) {
                end += 1
            }
            while end < pieces.count {
                let p = pieces[end]
                let moved = p.words.isEmpty && p.role == .adjective
                let ofLinked = p.lead.first == "of"
                // Another name extends the subject (قاسم سليماني); a place, or a name after one, does
                // not: زار شويغو طهران → "Shoigu visited Tehran".
                let nameLike = (p.role == .name || p.role == .fixed) && !p.hasProclitic && !p.isPlace && !pieces[end - 1].isPlace
                // After a demonstrative the subject ends with its noun's agreeing adjectives (هذه الزيارة | أول لقاء).
                let agrees = !demonstrative || p.definite == pieces[i + 2].definite
                if moved || ofLinked || nameLike || (p.role == .adjective && !p.hasProclitic && agrees) { end += 1 } else { break }
                // A participle takes its phrase along: "a western diplomat resident in Moscow said".
                if p.takesComplement, end + 1 < pieces.count { end += 2 }
                // An adjective expression takes its complement along: "Hezbollah backed by Iran acknowledged".
                if WordOrderer.linksForward(p), end < pieces.count, [.noun, .name, .fixed].contains(pieces[end].role) { end += 1 }
            }
            // A negation or قد before the verb goes with it: لم تعترف إيران → "Iran did not acknowledge".
            // (Not after أنه / إنه: the pronoun is the subject there, the noun after the verb its object.)
            let pronounBefore = i > 1 && pieces[i - 2].reading?.enclitic != nil
                && FunctionWords.subjectTaking.contains(ByteKey(pieces[i - 2].functionStem ?? ""))
            let start = i > 0 && isVerbParticle(pieces[i - 1]) && !pronounBefore ? i - 1 : i
            if start < i, let s = first.analysis, s.isPlural {
                // The particle agrees with a plural subject now before it: "the physicians do not", "have announced".
                if pieces[start].core == "does not" { pieces[start].core = "do not" } else if pieces[start].core == "has" { pieces[start].core = "have" }
            }
            // The first word's conjunction stays in front: "and the minister said".
            let opener = pieces[start]
            let conj = opener.lead.prefix { $0 == "and" || $0 == "so" }
            opener.lead.removeFirst(conj.count)
            agree(verb, with: first)
            // A passive of تم before a plural subject: "the soldiers were arrested".
            if first.role == .noun, EnglishInflector.looksPlural(first.core) {
                if verb.core.hasPrefix("was ") { verb.core = "were" + verb.core.dropFirst(3) }
                else if verb.core.hasPrefix("is ") { verb.core = "are" + verb.core.dropFirst(2) }
            }
            pieces[i + 1].lead = Array(conj) + pieces[i + 1].lead
            let subject = Array(pieces[(i + 1)..<end])
            pieces.replaceSubrange(start..<end, with: subject + pieces[start...i])
            i = end
        }
    }

    /// A verb before a plural subject is singular in Arabic (يقول محللون); in English it agrees
    /// once the subject comes first: "analysts say", "officials were".
    private static func agree(_ verb: GlossPiece, with subject: GlossPiece) {
        guard verb.verbMode == .plain, let a = verb.analysis, !a.features.contains(.pluralSubject),
              let s = subject.analysis, s.isPlural,
              verb.reading?.proclitics.contains("س") != true else { return }
        let sense = a.firstSense
        if verb.isImperfect {
            let singular = EnglishInflector.present(sense, thirdSingular: true)
            if verb.core == singular { verb.core = EnglishInflector.present(sense, thirdSingular: false) }
        } else {
            let singular = EnglishInflector.past(sense)
            if verb.core == singular { verb.core = EnglishInflector.past(sense, pluralSubject: true) }
        }
    }

    /// A definite plural noun opening a clause before a singular present verb is its subject:
    /// Arabic gives a plural of things a singular verb (المصانع تعمل), English agrees: "the factories work".
    private static func agreeAfterPlural(_ pieces: [GlossPiece]) {
        for i in pieces.indices.dropFirst() where pieces[i].role == .verb && pieces[i].origin == .lexicon {
            let verb = pieces[i]
            guard verb.verbMode == .plain, verb.isImperfect, verb.reading?.proclitics.isEmpty == true, let a = verb.analysis,
                  !a.features.contains(.pluralSubject) else { continue }
            // Past the adjectives the noun took in (an emptied piece stands in their place).
            var k = i - 1
            while k > 0, pieces[k].isEmpty, pieces[k].role == .adjective { k -= 1 }
            let noun = pieces[k]
            guard noun.role == .noun, noun.origin == .lexicon, noun.definite, !noun.hasEnclitic, let r = noun.reading, let n = noun.analysis,
                  n.isPlural || r.stem.hasSuffix("ات") else { continue }
            let opens = ClauseShaper.opensClause(pieces, at: k)
                || (k > 0 && pieces[k - 1].role == .function && pieces[k - 1].reading?.enclitic == nil
                    && ClauseShaper.subjectIntroducers.contains(ByteKey(pieces[k - 1].functionStem ?? "")))
            guard opens, r.hasOnlyConjunctions else { continue }
            if verb.core == EnglishInflector.present(a.firstSense, thirdSingular: true) {
                verb.core = EnglishInflector.present(a.firstSense, thirdSingular: false)
            }
        }
    }

    /// Relative pronouns: a verb right after one, with no pronoun of its own, has the relative as
    /// its subject, so the noun after it is its object (التي تقيد سفره → "which restrict his travel").
    static let relatives: Set<ByteKey> = ["الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"]

    private static func isRelative(_ p: GlossPiece) -> Bool {
        guard p.role == .function, let stem = p.functionStem, p.reading?.enclitic == nil, p.reading?.proclitics.isEmpty ?? true else { return false }
        return relatives.contains(ByteKey(stem))
    }

    /// A known name (not a place) right before the verb, itself not after a verb, is its subject: أن
    /// الحرس الثوري نفى التقرير → "that the Revolutionary Guard denied the report" (the noun after is the object).
    private static func nameBefore(_ pieces: [GlossPiece], verbAt i: Int) -> Bool {
        guard i > 0 else { return false }
        let p = pieces[i - 1]
        guard p.role == .name || p.role == .fixed, p.origin == .glossary || p.origin == .nameLexicon, !p.hasProclitic, !p.isPlace,
              p.kind == .arabic else { return false }
        return i < 2 || pieces[i - 2].role != .verb
    }

    /// Negations and قد, which stay before their verb when its subject moves: لم، لن، لا، قد، لقد.
    static let verbParticles: Set<ByteKey> = ["لم", "لن", "لا", "قد", "لقد"]

    private static func isVerbParticle(_ p: GlossPiece) -> Bool {
        guard p.role == .function, let stem = p.functionStem, p.reading?.enclitic == nil else { return false }
        return verbParticles.contains(ByteKey(stem))
    }

    /// A sound masculine plural in the nominative (مسؤولون, محللون): after a verb it can only be the subject.
    static func isNominativePlural(_ p: GlossPiece) -> Bool {
        guard let r = p.reading, r.proclitics.isEmpty, r.enclitic == nil, let a = p.analysis else { return false }
        return a.features.contains(.plural) && r.stem.hasSuffix("ون")
    }

    /// Verbs of saying, whose following noun is their subject (the said is a clause, not a noun).
    /// (أفاد and أشار take no direct object: تفيد مصادر → "sources report".)
    static let speechVerbs: Set<String> = ["قال", "صرح", "أضاف", "أوضح", "تابع", "أفاد", "أشار"]
}
