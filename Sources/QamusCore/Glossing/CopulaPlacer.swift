/// Renders a subject pronoun (هو، هي، هم) before a predicate: "it is", "which is", "is" or nothing.
/// Run by `ClauseShaper`.
enum CopulaPlacer {
    /// A subject pronoun opening a clause before a noun or adjective carries "is": هي واحدة → "it is one".
    /// After a comma that ends a verbless subject it restates it: صواريخ S-300، هي واحدة من → "S-300
    /// missiles, which is one of"; so does وهو before a definite noun after a noun: وهو البروتين →
    /// "which is the protein". Right after a definite noun, a name or a demonstrative it is only the
    /// copula: الرئيس هو المسؤول → "the president is the official", سببها هو أن → "its reason is that".
    static func place(_ pieces: [GlossPiece], at i: Int) {
        guard i + 1 < pieces.count else { return }
        let p = pieces[i]
        let next = pieces[i + 1]
        let stem = p.functionStem ?? ""
        let opens = ClauseShaper.opensClause(pieces, at: i)
        if opens, next.functionStem == "ما", stem != "هم" {
            // وهو ما يعني → "which means": the pronoun and ما point back to the clause before.
            p.lead = p.lead.filter { $0 != "and" }
            p.core = "which"
            next.core = ""
            // … ما يعني / تعني is "which means" (يعني alone is the filler "actually").
            if i + 2 < pieces.count, let r = pieces[i + 2].reading, r.proclitics.isEmpty, r.enclitic == nil,
               ByteKey(r.stem) == "يعني" || ByteKey(r.stem) == "تعني" {
                pieces[i + 2].core = "means"
            }
            return
        }
        // After a demonstrative the pronoun only separates subject and predicate: كان هذا هو الحال.
        if !opens, i > 0, pieces[i - 1].role == .function, pieces[i - 1].reading?.enclitic == nil,
           GlossRenderer.demonstratives[ByteKey(pieces[i - 1].functionStem ?? "")] != nil {
            p.core = ""
            return
        }
        // A noun, adjective or number, a nominal expression (واحدة من "one of"), or أن "that".
        let nominalExpression = next.functionStem == "multi" && [.pron, .noun, .adj, .num].contains(next.analysis?.pos)
        let lexicalNominal = next.origin == .lexicon && (next.role == .noun || next.role == .adjective || nominalExpression
            || DegreeReader.isElative(next) || DegreeReader.isLast(next))
        let that = next.role == .function && next.reading?.proclitics.isEmpty == true && (next.functionStem == "أن" || next.functionStem == "أنّ")
        guard lexicalNominal || next.role == .number || that else { return }
        guard opens else {
            restatedSubject(pieces, at: i)
            return
        }
        guard lexicalNominal || next.role == .number else { return }
        let prev: GlossPiece? = i > 0 ? pieces[i - 1] : nil
        if p.lead.isEmpty, i > 1, prev?.role == .punctuation, prev?.core == ",",
           [.noun, .adjective, .name, .fixed].contains(pieces[i - 2].role), !pieces[..<i].contains(where: { $0.role == .verb }) {
            p.core = stem == "هم" ? "who are" : "which is"
        } else if p.lead == ["and"], let prev, prev.role != .punctuation || prev.core == ",", next.definite, lexicalNominal {
            // وهو البروتين → "which is the protein": an apposition to the noun before.
            p.lead = []
            p.core = stem == "هم" ? "who are" : "which is"
        } else {
            p.core = stem == "هم" ? "they are" : (stem == "هو" ? "he is" : "it is")
        }
        p.isCopula = true
    }

    /// A pronoun right after a definite noun or a name, before its predicate, is the copula alone ("is").
    private static func restatedSubject(_ pieces: [GlossPiece], at i: Int) {
        let p = pieces[i]
        let prev = pieces[i - 1]
        // (A conjunction on the word before is no matter: وسببها هو أن "and its reason is that".)
        guard p.lead.isEmpty, p.functionStem != nil, prev.reading?.hasOnlyConjunctions ?? !prev.hasProclitic
        else { return }
        guard prev.definite || prev.reading?.isDefinite == true || prev.role == .name || prev.role == .fixed,
              [.noun, .adjective, .name, .fixed, .other].contains(prev.role) else { return }
        p.core = p.functionStem == "هم" ? "are" : "is"
        p.isCopula = true
    }
}
