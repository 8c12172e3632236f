/// Picks a rendered word's news sense by its neighbours, after `GlossRenderer` and before `ClauseShaper`.
///
/// - رئيس before a body is "head" (رئيس الحكومة "the head of the government", رئيس “قوة القدس”
///   "the head of the Quds Force"); before a country, a place or alone it stays "president".
/// - نظام before a ruler (نظام الأسد، نظام الرئيس) is "regime", and so is النظام alone in a
///   sentence about a conflict (لمساعدة النظام beside الأسد or الحرب).
/// - المنطقة (singular, definite) is "the region"; على / في / إلى السلطة is "on / in / to power".
/// - من after a duration is "of": بعد خمس سنوات من الحرب "after five years of the war".
/// - الأمر alone as a subject or object is "it": قد يكون الأمر أن "it may be that".
/// - هدفا before an infinitive is "intended": كان هدفا لإخفاء "was intended to hide".
/// - كان الهدف (من …) is "the aim (of …) was", a verbal noun after it "to" + verb.
enum SenseChooser {
    static func choose(_ pieces: inout [GlossPiece]) {
        var conflict: Bool?
        for i in pieces.indices where pieces[i].origin == .lexicon && pieces[i].role == .noun {
            let p = pieces[i]
            guard let r = p.reading, let a = p.analysis, !p.core.isEmpty else { continue }
            // One hash per noun: most nouns have no rule here.
            guard let rule = rules[ByteKey(a.lemma)] else { continue }
            switch rule {
            case .head: head(pieces, at: i)
            case .system:
                guard p.core == "system", r.enclitic == nil, !a.isPlural else { break }
                if !r.isDefinite {
                    if i + 1 < pieces.count, isRuler(pieces[i + 1]) { p.core = "regime" }
                } else if i + 1 < pieces.count, isNationality(pieces[i + 1]) {
                    // النظام السوري → "the Syrian regime": a state's system of rule.
                    p.core = "regime"
                } else if i + 1 == pieces.count || ![.adjective, .noun].contains(pieces[i + 1].role) || pieces[i + 1].hasProclitic {
                    if conflict == nil { conflict = aboutConflict(pieces) }
                    if conflict == true { p.core = "regime" }
                }
            case .area:
                if p.core == "area", r.isDefinite, r.enclitic == nil, !a.isPlural,
                   i + 1 == pieces.count || pieces[i + 1].role != .adjective {
                    p.core = "region"
                }
            case .power:
                power(pieces, at: i)
            case .matter:
                matter(pieces, at: i)
            case .title:
                // السيد بانفالكار → "Mr Panvalkar": a title before a name.
                guard r.isDefinite, r.enclitic == nil, i + 1 < pieces.count, pieces[i + 1].role == .name, !pieces[i + 1].hasProclitic,
                      let title = titles[ByteKey(r.stem)] else { break }
                p.core = title
                p.lead.removeAll { $0 == "the" }
                p.role = .name
            case .aim:
                if ByteKey(r.stem) == "هدفا", r.proclitics.isEmpty, i + 1 < pieces.count, pieces[i + 1].role == .verb,
                   pieces[i + 1].verbMode == .bare, pieces[i + 1].reading?.proclitics.last == "ل" {
                    p.core = "intended"
                    p.role = .adjective
                } else {
                    aimWas(pieces, at: i)
                }
            case .duration:
                if i + 1 < pieces.count, !r.isDefinite, r.enclitic == nil {
                    let next = pieces[i + 1]
                    if next.functionStem == "من", next.reading?.enclitic == nil, next.reading?.proclitics.isEmpty ?? true { next.core = "of" }
                }
            }
        }
    }

    /// The rule a noun's lemma calls for.
    enum Rule { case head, system, area, power, matter, title, aim, duration }

    static let rules: [ByteKey: Rule] = {
        var r: [ByteKey: Rule] = [
            "رئيس": .head, "نظام": .system, "منطقة": .area, "سلطة": .power, "أمر": .matter,
            "سيد": .title, "سيدة": .title, "آنسة": .title, "هدف": .aim,
        ]
        for d in durations { r[d] = .duration }
        return r
    }()

    /// Titles before a person's name.
    static let titles: [ByteKey: String] = ["السيد": "Mr", "السيدة": "Mrs", "الآنسة": "Miss"]

    /// Nouns of time that measure a span: خمس سنوات من الحرب "five years of the war".
    static let durations: Set<ByteKey> = ["سنة", "عام", "شهر", "يوم", "أسبوع", "ساعة", "عقد", "قرن", "دقيقة", "أيام", "سنوات", "أعوام"]

    /// Nouns of a body's members or rulers after which نظام is a regime.
    static let rulers: Set<ByteKey> = ["رئيس", "ملك", "زعيم", "حاكم", "أمير", "سلطان", "شاه", "عسكر", "ملالي"]

    /// Countries and states, whose رئيس is their president (رئيس الدولة، رئيس الجمهورية).
    static let states: Set<ByteKey> = ["دولة", "جمهورية", "بلد", "بلاد", "ولاية", "اتحاد", "سلطة", "مملكة", "إمارة", "حكومة"]

    /// Words that make a sentence about a conflict or a political struggle.
    static let conflictWords: Set<ByteKey> = [
        "حرب", "معارضة", "معارض", "ثورة", "ثائر", "متظاهر", "احتجاج", "انقلاب", "قوة", "جيش", "مسلح", "متمرد", "قمع", "انتفاضة", "حشد",
    ]

    /// رئيس (or رؤساء) before a body: "head"; kept before a country, a place, a person or a lexicon name.
    private static func head(_ pieces: [GlossPiece], at i: Int) {
        let p = pieces[i]
        guard p.core == "president" || p.core == "presidents", let r = p.reading, !r.isDefinite, r.enclitic == nil,
              i + 1 < pieces.count else { return }
        var next = pieces[i + 1]
        if next.role == .punctuation, next.core == "\"", i + 2 < pieces.count { next = pieces[i + 2] }
        guard !next.hasProclitic else { return }
        let body: Bool
        switch next.role {
        case .name, .fixed: body = next.isOrganization
        case .noun:
            guard next.origin == .lexicon, let lemma = next.analysis?.lemma else { return }
            body = !states.contains(bare(lemma))
        default: return
        }
        if body { p.core = p.core == "president" ? "head" : "heads" }
    }

    /// A lemma without its article, as the word lists hold it (الدولة → دولة).
    private static func bare(_ lemma: String) -> ByteKey {
        ByteKey(lemma.hasPrefix("ال") ? String(lemma.dropFirst(2)) : lemma)
    }

    /// Whether a definite adjective is a nationality (its English capitalised: السوري "Syrian"), from the
    /// lexicon or the glossary.
    private static func isNationality(_ p: GlossPiece) -> Bool {
        guard p.role == .adjective, p.definite || p.fixedDefinite || p.reading?.isDefinite == true, !p.hasProclitic,
              let first = p.core.first else { return false }
        return first.isUppercase
    }

    /// Whether a construct complement names a ruler: a person's name, or a noun of rulers (نظام الرئيس).
    private static func isRuler(_ p: GlossPiece) -> Bool {
        guard !p.hasProclitic else { return false }
        switch p.role {
        // A known name (glossary or name list), not a transliteration: نظام الرادار is a radar system.
        case .name, .fixed: return !p.isPlace && !p.isOrganization && (p.origin == .glossary || p.origin == .nameLexicon)
        case .noun:
            guard let lemma = p.analysis?.lemma else { return false }
            return rulers.contains(bare(lemma))
        default: return false
        }
    }

    /// Whether the sentence speaks of a conflict: a word of war, forces or protest.
    private static func aboutConflict(_ pieces: [GlossPiece]) -> Bool {
        pieces.contains { q in
            guard q.origin == .lexicon, let lemma = q.analysis?.lemma else { return false }
            return conflictWords.contains(ByteKey(lemma))
        }
    }

    /// كان الهدف (من X) opening a clause is "the aim (of X) was"; a bare verbal noun after it is the
    /// aim: كان الهدف من الزيارة مناقشة القضايا → "the aim of the visit was to discuss the issues".
    private static func aimWas(_ pieces: [GlossPiece], at i: Int) {
        let p = pieces[i]
        guard i > 0, let r = p.reading, ByteKey(r.stem) == "الهدف", r.proclitics.isEmpty, r.enclitic == nil else { return }
        let was = pieces[i - 1]
        guard was.reading?.enclitic == nil, ClauseShaper.opensClause(pieces, at: i - 1),
              was.functionStem == "كان" || (was.role == .verb && was.analysis?.lemma == "كان" && !was.isImperfect) else { return }
        var last = i
        if i + 2 < pieces.count, pieces[i + 1].functionStem == "من", pieces[i + 1].reading?.enclitic == nil,
           pieces[i + 1].reading?.proclitics.isEmpty ?? true, !pieces[i + 2].hasProclitic,
           [.noun, .name, .fixed].contains(pieces[i + 2].role) {
            pieces[i + 1].core = "of"
            last = i + 2
        }
        p.core = "aim"
        // "was" after the subject; كان keeps its conjunction ("and the aim … was").
        was.core = ""
        was.hasSubject = true
        pieces[last].tail.append("was")
        let k = last + 1
        guard k < pieces.count, pieces[k].role == .noun, pieces[k].origin == .lexicon, !pieces[k].hasProclitic, !pieces[k].hasEnclitic,
              let verb = ReadingChooser.verbalNounVerb(pieces[k]) else { return }
        pieces[k].analysis = verb
        pieces[k].core = "to " + verb.firstSense
        pieces[k].lead = []
        pieces[k].role = .verb
        pieces[k].verbMode = .bare
        pieces[k].hasSubject = true
    }

    /// السلطة after على / في / إلى, ending its phrase, is "power": قبضته على السلطة "his grip on power".
    private static func power(_ pieces: [GlossPiece], at i: Int) {
        let p = pieces[i]
        guard i > 0, let r = p.reading, ByteKey(r.stem) == "السلطة", r.proclitics.isEmpty, r.enclitic == nil else { return }
        let prev = pieces[i - 1]
        guard prev.role == .function, prev.reading?.enclitic == nil, prev.reading?.proclitics.isEmpty ?? true,
              let stem = prev.functionStem, powerPrepositions.contains(ByteKey(stem)) else { return }
        if i + 1 < pieces.count, [.adjective, .noun, .name, .fixed].contains(pieces[i + 1].role), !pieces[i + 1].hasProclitic { return }
        p.core = "power"
        p.lead.removeAll { $0 == "the" }
        p.definite = false
    }

    static let powerPrepositions: Set<ByteKey> = ["على", "علي", "في", "إلى", "الى"]

    /// الأمر alone after a verb, قد, a subject-taking particle or a clause start is "it"
    /// (تكلف الأمر "it cost", قد يكون الأمر "it may be"); not هذا الأمر, في الأمر nor الأمر الذي.
    private static func matter(_ pieces: [GlossPiece], at i: Int) {
        let p = pieces[i]
        guard let r = p.reading, ByteKey(r.stem) == "الأمر", r.proclitics.isEmpty, r.enclitic == nil else { return }
        if i + 1 < pieces.count {
            let next = pieces[i + 1]
            if next.role == .adjective || next.functionStem.map({ SubjectPlacer.relatives.contains(ByteKey($0)) }) == true {
                return
            }
        }
        if i > 0 {
            let prev = pieces[i - 1]
            guard prev.role == .verb || prev.role == .punctuation || (prev.role == .function && prev.reading?.enclitic == nil
                && ["قد", "لكن", "أن", "إن"].contains(ByteKey(prev.functionStem ?? ""))) else { return }
        }
        // (Still a definite noun, so a verb before it puts it first: "it may be".)
        p.core = "it"
        p.lead.removeAll { $0 == "the" }
    }
}
