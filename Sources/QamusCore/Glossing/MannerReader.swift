/// Reads ب + a manner noun before an adjective as an adverb, before the renderer runs:
/// بشكل كامل → "fully" (not "in form was complete"), بصورة مباشرة → "directly",
/// بشكل غير معتاد → "not usually". The word after the noun takes its adjective reading when it has
/// one (كامل is also the verb كمل); `GlossRenderer` then makes the adverb.
enum MannerReader {
    /// Nouns of manner that make the adjective after them an adverb.
    static let mannerNouns: Set<ByteKey> = ["شكل", "صورة"]

    static func choose(_ pieces: [GlossPiece]) {
        for i in pieces.indices.dropLast() where pieces[i].origin == .lexicon && pieces[i].role == .noun {
            guard isManner(pieces[i]) else { continue }
            var k = i + 1
            if pieces[k].functionStem == "غير", pieces[k].reading?.enclitic == nil, k + 1 < pieces.count { k += 1 }
            let next = pieces[k]
            guard next.origin == .lexicon, next.role != .adjective, !next.hasProclitic, !next.hasEnclitic, let r = next.reading,
                  !r.isDefinite, let adj = r.analyses.first(where: { $0.pos == .adj && !$0.firstSense.isEmpty && !$0.firstSense.contains(" ") })
            else { continue }
            next.analysis = adj
            next.role = .adjective
            next.functionStem = nil
        }
    }

    /// Whether a piece is ب + a bare manner noun (بشكل، بصورة).
    static func isManner(_ p: GlossPiece) -> Bool {
        guard let r = p.reading, r.proclitics == ["ب"], r.enclitic == nil else { return false }
        return mannerNouns.contains(ByteKey(r.stem))
    }
}
