/// Keeps a participle that governs a preposition after its noun, with its phrase (used by
/// `WordOrderer` and `SubjectPlacer`): دبلوماسي غربي مقيم في موسكو → "western diplomat resident in
/// Moscow", not "resident western diplomat … in Moscow"; مصدر مقرب من الحكومة → "source close to the
/// government"; قرية قريبة من المدينة → "village near the city". English puts an adjective with a complement after its noun, and the phrase
/// belongs to the noun: قال دبلوماسي … مقيم في موسكو → "a western diplomat resident in Moscow said".
/// Only participles listed with their preposition: a participle before any preposition is no
/// rule (هجوم مسلح في بغداد is "an armed attack in Baghdad").
enum ParticipleLinker {
    /// A participle's English before its preposition, and the preposition's English.
    struct Link: Sendable {
        let preposition: ByteKey
        let english: String
        let prepositionEnglish: String
    }

    /// Participles (masculine singular, undiacritised) with the preposition they govern; each
    /// starts with م or ق, or ا with the article (`link` tests the first letter before hashing).
    static let participles: [String: Link] = [
        "مقيم": Link(preposition: "في", english: "resident", prepositionEnglish: "in"),
        "متواجد": Link(preposition: "في", english: "present", prepositionEnglish: "in"),
        "مقرب": Link(preposition: "من", english: "close", prepositionEnglish: "to"),
        "قريب": Link(preposition: "من", english: "near", prepositionEnglish: ""),
        "متخصص": Link(preposition: "في", english: "specialising", prepositionEnglish: "in"),
        "مختص": Link(preposition: "في", english: "specialising", prepositionEnglish: "in"),
        "مسؤول": Link(preposition: "عن", english: "responsible", prepositionEnglish: "for"),
    ]

    /// Every written form of the listed participles: with or without the article, feminine,
    /// dual and sound plural (المقيمين، مقيمة).
    static let forms: [ByteKey: Link] = {
        var out: [ByteKey: Link] = [:]
        for (stem, link) in participles {
            for ending in ["", "ة", "ون", "ين", "ان", "ات", "تان", "تين"] {
                out[ByteKey(stem + ending)] = link
                out[ByteKey("ال" + stem + ending)] = link
            }
        }
        return out
    }()

    /// Whether piece `j` is a listed participle (read as an adjective, no clitics) followed by its
    /// bare preposition and a noun, name or term. If so the participle and the preposition take
    /// their English (once; the call may repeat).
    @discardableResult
    static func link(_ pieces: [GlossPiece], at j: Int) -> Bool {
        let p = pieces[j]
        guard p.role == .adjective, p.origin == .lexicon, j + 2 < pieces.count, let r = p.reading, r.proclitics.isEmpty,
              r.enclitic == nil, let first = r.stem.unicodeScalars.first, first == "\u{0645}" || first == "\u{0642}" || first == "\u{0627}",
              let link = forms[ByteKey(r.stem)] else { return false }
        let prep = pieces[j + 1]
        guard prep.role == .function, prep.functionStem.map({ ByteKey($0) == link.preposition }) == true,
              prep.reading?.enclitic == nil, prep.reading?.proclitics.isEmpty ?? true,
              !pieces[j + 2].hasProclitic, [.noun, .name, .fixed].contains(pieces[j + 2].role) else { return false }
        p.core = link.english
        // After its noun a participle takes no article of its own: "the diplomat resident in Moscow".
        p.lead.removeAll { $0 == "the" }
        p.takesComplement = true
        prep.core = link.prepositionEnglish
        return true
    }
}
