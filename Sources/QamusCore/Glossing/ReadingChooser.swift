/// Picks between a word's readings by its neighbours, before the renderer runs.
///
/// A clause opener with a subject after it (Arabic news clauses are verb first): سافر الجنرال →
/// "the general travelled", not "the writer of the general"; كما ذكر التقرير → "as the report
/// mentioned". A noun keeps its reading after a noun or a preposition (في عقد الاتفاق "in the
/// contract of the agreement") and before an indefinite word.
/// A verbal noun after ل is an infinitive: لعقد اجتماع → "to hold meeting", لمناقشة القضايا →
/// "to discuss the issues" (not "to the argument of the cases").
/// A nisba with no noun before it is the noun: قال دبلوماسي غربي → "a western diplomat said".
/// قام ب + verbal noun is the verb: قام بتسليم → "delivered"; other nouns: قام بزيارة → "carried out visit".
enum ReadingChooser {
    /// Function words after which a clause, and so a verb, starts.
    static let openers: Set<ByteKey> = [
        "قد", "لقد", "ثم", "كما", "حيث", "عندما", "بعدما", "حين", "حينما", "إذ", "لما", "كلما", "بينما", "فيما",
    ]

    /// Switches such words to their verb reading, before the renderer runs.
    static func choose(_ pieces: inout [GlossPiece]) {
        mergePerform(&pieces)
        MannerReader.choose(pieces)
        for i in pieces.indices where pieces[i].role == .adjective && pieces[i].origin == .lexicon {
            if let noun = nisbaNoun(pieces, at: i) {
                pieces[i].analysis = noun
                pieces[i].role = .noun
            }
        }
        // A preposition takes a noun: في عقد → "in the decade of", not "in held"; so does تم (تم توثيق).
        for i in pieces.indices.dropFirst() where pieces[i].role == .verb && pieces[i].origin == .lexicon {
            let prev = pieces[i - 1]
            // (And the word after تم + verbal noun, its subject: تم توثيق وجود "the presence … was documented".)
            let passiveSubject = i > 1 && isTamma(pieces[i - 2]) && prev.role == .noun && prev.reading?.proclitics.isEmpty == true
            guard isPreposition(prev) || isTamma(prev) || passiveSubject,
                  let r = pieces[i].reading, r.proclitics.isEmpty,
                  let noun = r.analyses.first(where: { $0.pos == .noun && !$0.firstSense.isEmpty })
                    ?? r.analyses.first(where: { $0.pos == .verb && $0.features.contains(.nominal) && !$0.firstSense.isEmpty })
            else { continue }
            pieces[i].analysis = noun
            pieces[i].role = .noun
        }
        for i in pieces.indices where (pieces[i].role == .noun || pieces[i].role == .adjective) && pieces[i].origin == .lexicon {
            let p = pieces[i]
            if let verb = infinitive(p), i + 1 < pieces.count, takesObject(pieces[i + 1]) {
                p.analysis = verb
                p.role = .verb
                p.verbMode = .bare
                continue
            }
            // An adjective reading only yields to a verbal noun spelled with إ (إخفاء is never the elative أخفى).
            guard p.role == .noun else { continue }
            // After أنه / إنه / لكنه a bare word spelled as a perfect verb is that verb: أنه شعر "that he felt".
            if i > 0, pronounParticle(pieces[i - 1]), let r = p.reading, r.proclitics.isEmpty, r.enclitic == nil, !r.isDefinite,
               let best = p.analysis, best.pos != .verb, !best.isPlural,
               let verb = r.analyses.first(where: { $0.pos == .verb && isPerfect(r.stem, of: $0) }) {
                p.analysis = verb
                p.role = .verb
                continue
            }
            guard i + 1 < pieces.count, isSubject(pieces[i + 1]), opensClause(pieces, before: i),
                  let r = p.reading, r.enclitic == nil, p.functionStem == nil, !r.isDefinite,
                  r.hasOnlyConjunctions,
                  let best = p.analysis, best.pos != .verb, !best.isPlural,
                  let verb = r.analyses.first(where: { $0.pos == .verb && isPerfect(r.stem, of: $0) })
            else { continue }
            p.analysis = verb
            p.role = .verb
        }
        feminineRelativeVerbs(pieces)
    }

    /// After التي a bare ت-verb spelled as a perfect lemma (تقيد، تقدم) is the feminine imperfect
    /// of another form: a masculine perfect cannot follow a feminine relative as its subject, and
    /// a feminine perfect would end in ت. القيود التي تقيد سفره → "which restricts his travel".
    static func feminineRelativeVerbs(_ pieces: [GlossPiece]) {
        for i in pieces.indices.dropFirst() where pieces[i].role == .verb && pieces[i].origin == .lexicon {
            let prev = pieces[i - 1]
            guard prev.role == .function, prev.functionStem.map({ ByteKey($0) == "التي" }) == true, prev.reading?.enclitic == nil,
                  let r = pieces[i].reading, r.proclitics.isEmpty, let a = pieces[i].analysis, !a.features.contains(.imperfect),
                  r.stem.hasPrefix("ت"), !r.stem.hasSuffix("ت"), r.stem.unicodeScalars.count == 4, ByteKey(a.lemma) == ByteKey(r.stem) else { continue }
            pieces[i].analysis?.features.insert(.imperfect)
        }
    }

    /// تم ("was done"), which makes the verbal noun after it a passive (تم اعتقال "was arrested").
    static func isTamma(_ p: GlossPiece) -> Bool {
        if let stem = p.functionStem { return ByteKey(stem) == "تم" }
        return p.role == .verb && p.analysis.map { ByteKey($0.lemma) == "تم" } == true
    }

    /// أن / إن / لكن / لأن with a pronoun suffix, which a clause follows.
    private static func pronounParticle(_ p: GlossPiece) -> Bool {
        guard p.role == .function, p.reading?.enclitic != nil, let stem = p.functionStem else { return false }
        return FunctionWords.subjectTaking.contains(ByteKey(stem))
    }

    /// Whether `stem` is a perfect form of the verb: the lemma itself or with a subject ending
    /// (سافر، نقلت، ذكروا), not a verbal noun spelled differently (صراع beside صارع).
    static func isPerfect(_ stem: String, of verb: LexiconAnalysis) -> Bool {
        guard !verb.features.contains(.nominal), !verb.features.contains(.imperfect), !verb.firstSense.isEmpty,
              stem.hasPrefix(verb.lemma) else { return false }
        let ending = stem.unicodeScalars.dropFirst(verb.lemma.unicodeScalars.count)
        return ending.isEmpty || ["ت", "تا", "وا", "نا", "تم", "ن"].contains(String(String.UnicodeScalarView(ending)))
    }

    /// The noun reading of a nisba adjective (دبلوماسي "diplomat") with no noun before it to
    /// qualify: at the start, after punctuation, a verb or a function word.
    static func nisbaNoun(_ pieces: [GlossPiece], at i: Int) -> LexiconAnalysis? {
        let p = pieces[i]
        guard let r = p.reading, let best = p.analysis, best.lemma.hasSuffix("ي"), r.enclitic == nil else { return nil }
        if i > 0 {
            let prev = pieces[i - 1]
            switch prev.role {
            case .punctuation, .verb: break
            case .function where isPreposition(prev): break
            default: return nil
            }
        }
        return r.analyses.first { $0.pos == .noun && $0.lemma == best.lemma && !$0.firstSense.isEmpty && !$0.features.contains(.dual) }
    }

    /// The verb of a verbal noun after ل (لمنع → منع "prevent"), or nil. The noun must be bare (no
    /// article, not plural) and spelled as a verbal noun: as the verb itself (عقد، منع), or derived
    /// with ت / إ / ا (تسليم، إخفاء، انسحاب) or مـ…ة (مناقشة، مساعدة). A فاعل spelling (صالح) is a
    /// participle, not a verbal noun.
    static func infinitive(_ p: GlossPiece) -> LexiconAnalysis? {
        guard let r = p.reading, r.proclitics.last == "ل", r.proclitics.allSatisfy({ $0 == "ل" || $0 == "و" || $0 == "ف" }) else { return nil }
        if p.role == .adjective, r.stem.unicodeScalars.first != "\u{0625}" { return nil }
        return verbalNounVerb(p)
    }

    /// The verb of a bare, singular verbal noun (see `infinitive`), whatever its proclitics.
    static func verbalNounVerb(_ p: GlossPiece) -> LexiconAnalysis? {
        guard let r = p.reading, !r.isDefinite, let best = p.analysis, !best.features.contains(.dual) else { return nil }
        let s = Array(r.stem.unicodeScalars)
        // A broken plural أفعال is spelled with أ; إفعال (إخفاء) is a Form IV verbal noun, whatever the analysis says.
        guard s.count >= 3, !best.features.contains(.plural) || s[0] == "\u{0625}" else { return nil }
        let participle = s.count == 4 && s[1] == "\u{0627}"
        let derived = s.count >= 4 && (s[0] == "\u{062A}" || s[0] == "\u{0625}" || s[0] == "\u{0627}")
            || s.count >= 5 && s[0] == "\u{0645}" && s[s.count - 1] == "\u{0629}"
        return r.analyses.first { a in
            guard a.pos == .verb, !a.firstSense.isEmpty, !a.features.contains(.plural) else { return false }
            return a.lemma == r.stem ? !participle : derived
        }
    }

    /// قام ب + a verbal noun is that verb: قامت بتسليم → "delivered". قام says nothing (its
    /// conjunction stays), the verbal noun takes its tense and loses ب. Before another noun ب
    /// alone is dropped: قام بزيارة → "carried out visit", not "carried out in visit".
    static func mergePerform(_ pieces: inout [GlossPiece]) {
        for i in pieces.indices.dropLast() where pieces[i].role == .verb && pieces[i].origin == .lexicon {
            guard let perform = pieces[i].analysis, perform.lemma == "قام", pieces[i].reading?.enclitic == nil else { continue }
            let next = pieces[i + 1]
            guard next.origin == .lexicon, next.role == .noun, let r = next.reading, r.proclitics == ["ب"] else { continue }
            // Without a verb for the noun, قام is "carried out" and ب says nothing: "carried out a visit".
            next.absorbedProclitic = "ب"
            guard r.enclitic == nil, var verb = verbalNounVerb(next) else { continue }
            verb.features = perform.features.intersection([.imperfect, .pluralSubject])
            next.analysis = verb
            next.role = .verb
            pieces[i].adverb = (pieces[i].reading?.proclitics ?? []).map { FunctionWords.proclitic($0) }.joined(separator: " ")
        }
    }

    /// Prepositions written as separate words: a noun follows them, never a finite verb.
    static let prepositions: Set<ByteKey> = [
        "في", "من", "إلى", "الى", "على", "عن", "مع", "بين", "عند", "لدى", "حول", "خلال", "ضد", "نحو", "تحت", "فوق", "دون",
    ]

    /// Whether a piece is a bare preposition (no pronoun suffix).
    private static func isPreposition(_ p: GlossPiece) -> Bool {
        p.role == .function && p.reading?.enclitic == nil && p.functionStem.map { prepositions.contains(ByteKey($0)) } == true
    }

    /// Determiners that start an object (لمنع أي محاولة "to prevent any attempt").
    static let determiners: Set<ByteKey> = ["أي", "كل", "هذا", "هذه", "هؤلاء", "جميع", "بعض"]

    /// Whether a piece can be an infinitive's object: a noun, a name, a term, or a determiner.
    private static func takesObject(_ p: GlossPiece) -> Bool {
        switch p.role {
        case .noun, .name, .fixed: return !p.hasProclitic
        case .function: return !p.hasProclitic && p.functionStem.map { determiners.contains(ByteKey($0)) } ?? false
        default: return false
        }
    }

    /// Whether a clause starts at `i`: the sentence start, punctuation, or an opener (قد، كما، حيث …).
    private static func opensClause(_ pieces: [GlossPiece], before i: Int) -> Bool {
        guard i > 0 else { return true }
        let prev = pieces[i - 1]
        if prev.role == .punctuation { return true }
        guard prev.role == .function, let stem = prev.functionStem, prev.reading?.enclitic == nil else { return false }
        let bare = prev.reading.map { $0.proclitics.isEmpty } ?? true
        return openers.contains(ByteKey(stem)) && (bare || prev.reading?.hasOnlyConjunctions == true)
    }

    /// A subject: a definite noun without proclitics, a name, or a glossary term.
    private static func isSubject(_ p: GlossPiece) -> Bool {
        if p.hasProclitic { return false }
        switch p.role {
        case .name, .fixed:
            // A term whose English starts with its proclitic ("to Reuters") is not a subject.
            let lead = p.core.prefix { $0 != " " }
            return lead != "to" && lead != "in" && lead != "with" && lead != "as" && lead != "and"
        case .noun: return p.reading?.isDefinite ?? false
        default: return false
        }
    }
}
