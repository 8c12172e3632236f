/// Puts glossed pieces in English order where the rule is reliable.
///
/// Noun + adjective(s) → adjective(s) + noun: اجتماع عسكري سري → "secret military meeting".
/// Construct state → "X of (the) Y": رئيس [قوة القدس] → "head of the Quds Force".
enum WordOrderer {
    static func reorder(_ pieces: inout [GlossPiece]) {
        var i = 0
        while i < pieces.count {
            guard pieces[i].role == .noun, pieces[i].origin == .lexicon else { i += 1; continue }
            let noun = pieces[i]
            // Adjectives that agree in definiteness and carry no proclitic.
            var j = i + 1
            while j < pieces.count, pieces[j].role == .adjective, pieces[j].origin == .lexicon, !pieces[j].hasProclitic,
                  !pieces[j].hasEnclitic, pieces[j].definite == noun.definite {
                j += 1
            }
            if j > i + 1 {
                let adjectives = (i + 1..<j).reversed().map { pieces[$0].core }.filter { !$0.isEmpty }
                pieces[i].core = (adjectives + [noun.core]).joined(separator: " ")
                for k in i + 1..<j {
                    pieces[k].lead = []
                    pieces[k].core = ""
                    pieces[k].tail = []
                }
                i = j
                continue
            }
            // Construct state: an indefinite bare noun before a noun, name or glossary term.
            if !noun.definite, !noun.hasEnclitic, i + 1 < pieces.count {
                let next = pieces[i + 1]
                let takesOf = !next.hasProclitic && (next.role == .noun || next.role == .name || next.role == .fixed)
                    && next.kind == .arabic
                if takesOf {
                    var lead = ["of"]
                    if next.role == .fixed, next.fixedDefinite { lead.append("the") }
                    pieces[i + 1].lead = lead + pieces[i + 1].lead
                }
            }
            i += 1
        }
    }
}
