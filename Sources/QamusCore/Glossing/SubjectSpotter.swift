/// Subjects `WordOrderer` finds after their verb beyond the definite noun: an indefinite
/// person (نفى متحدث → "a spokesman denied") and a demonstrative before a predicate
/// (لم تكن هذه المرة الأولى → "this was not the first time").
enum SubjectSpotter {
    /// Ordinals and الأخير, which make a demonstrative + noun after كان its predicate.
    static let ordinals: Set<ByteKey> = [
        "الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة", "الأخير", "الأخيرة",
    ]

    /// كان + a singular demonstrative + a definite noun + an ordinal: the demonstrative is the subject,
    /// the rest the predicate (لم تكن هذه المرة الأولى "this was not the first time").
    static func demonstrativeIsSubject(_ pieces: [GlossPiece], verbAt i: Int) -> Bool {
        guard i + 3 < pieces.count, pieces[i].analysis?.lemma == "كان", pieces[i].reading?.enclitic == nil else { return false }
        let d = pieces[i + 1], noun = pieces[i + 2], ordinal = pieces[i + 3]
        guard d.role == .function, d.reading?.enclitic == nil, d.reading?.proclitics.isEmpty ?? true,
              GlossRenderer.demonstratives[ByteKey(d.functionStem ?? "")] != nil, d.core == "this" || d.core == "that",
              noun.role == .noun, noun.definite, !noun.hasProclitic, !noun.hasEnclitic, noun.lead.isEmpty,
              let r = ordinal.reading, r.proclitics.isEmpty, r.enclitic == nil else { return false }
        return ordinals.contains(ByteKey(r.stem))
    }

    /// Nouns of people that, indefinite and right after a verb, are its subject (أكد مصدر "a source confirmed").
    static let personSubjects: Set<String> = WordOrderer.rankedPeople.union(["متحدث", "ناطق", "شاهد", "وزير", "نائب", "سفير", "جندي"])

    /// An indefinite noun of a person (or an expression led by one: متحدث باسم "spokesman for")
    /// without the accusative ا, which would make it the object (التقى مسؤولا).
    static func isPersonSubject(_ p: GlossPiece) -> Bool {
        guard !p.definite, !p.hasEnclitic, !p.hasProclitic, p.origin == .lexicon, let r = p.reading, let a = p.analysis,
              !a.isPlural else { return false }
        let multi = p.functionStem == "multi"
        guard p.role == .noun || (multi && a.pos.isNominal) else { return false }
        let head = r.stem.split(separator: " ").first.map(String.init) ?? r.stem
        guard !head.hasPrefix("ال"), !head.hasSuffix("ا") else { return false }
        let lemma = multi ? head : a.lemma
        return personSubjects.contains(lemma)
    }
}
