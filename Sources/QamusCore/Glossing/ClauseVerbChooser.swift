/// Reads a word spelled like both a noun and a verb as the verb where it opens a clause and a
/// subject follows (Arabic news clauses are verb first).
///
/// سافر الجنرال → "the general travelled", not "the writer of the general"; كما ذكر التقرير →
/// "as the report mentioned". A noun keeps its reading after a noun or a preposition (في عقد
/// الاتفاق "in the contract of the agreement") and before an indefinite word (عقد اجتماع).
enum ClauseVerbChooser {
    /// Function words after which a clause, and so a verb, starts.
    static let openers: Set<ByteKey> = [
        "قد", "لقد", "ثم", "كما", "حيث", "عندما", "بعدما", "حين", "حينما", "إذ", "لما", "كلما", "بينما", "فيما",
    ]

    /// Switches such words to their verb reading, before the renderer runs.
    static func choose(_ pieces: inout [GlossPiece]) {
        for i in pieces.indices where pieces[i].role == .noun && pieces[i].origin == .lexicon {
            let p = pieces[i]
            guard let r = p.reading, r.enclitic == nil, !r.stem.hasPrefix("ال"), p.functionStem == nil,
                  r.proclitics.allSatisfy({ $0 == "و" || $0 == "ف" }),
                  let best = p.analysis, best.pos != .verb, !best.features.contains(.plural), !best.features.contains(.dual),
                  let verb = r.analyses.first(where: { $0.pos == .verb && !$0.features.contains(.nominal) && !$0.firstSense.isEmpty })
            else { continue }
            guard opensClause(pieces, before: i), i + 1 < pieces.count, isSubject(pieces[i + 1]) else { continue }
            p.analysis = verb
            p.role = .verb
        }
    }

    /// Whether a clause starts at `i`: the sentence start, punctuation, or an opener (قد، كما، حيث …).
    private static func opensClause(_ pieces: [GlossPiece], before i: Int) -> Bool {
        guard i > 0 else { return true }
        let prev = pieces[i - 1]
        if prev.role == .punctuation { return true }
        guard prev.role == .function, let stem = prev.functionStem, prev.reading?.enclitic == nil else { return false }
        let bare = prev.reading.map { $0.proclitics.isEmpty } ?? true
        return openers.contains(ByteKey(stem)) && (bare || prev.reading?.proclitics.allSatisfy({ $0 == "و" || $0 == "ف" }) == true)
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
