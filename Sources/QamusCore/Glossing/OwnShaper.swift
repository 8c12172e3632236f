/// Renders الخاص / الخاصة ("the special") after a noun as possession, after rendering and
/// before English word order.
///
/// - After a possessed noun it is "own": بطارياتها الخاصة → "its own batteries" (not "its special batteries").
/// - Before ب + a noun it is "of": الموقع الخاص بالشركة → "the site of the company" (not "the special in the company").
/// Anywhere else (خدمات خاصة "special services", بشكل خاص "in particular") it keeps its sense.
enum OwnShaper {
    /// The definite forms of خاص ("special").
    static let written: Set<ByteKey> = ["الخاص", "الخاصة", "الخاصين", "الخاصون"]
    /// Lemmas these forms read as (checked first: cheaper than the written key).
    static let lemmas: Set<ByteKey> = ["خاص", "خاصة", "الخاص", "الخاصة"]

    static func shape(_ pieces: inout [GlossPiece]) {
        for i in pieces.indices.dropFirst() {
            let p = pieces[i]
            guard p.origin == .lexicon, p.role == .adjective || p.role == .noun, let r = p.reading, r.enclitic == nil,
                  r.proclitics.isEmpty, let lemma = p.analysis?.lemma, lemmas.contains(ByteKey(lemma)),
                  written.contains(ByteKey(LexiconLookup.key(p.surface))) else { continue }
            let noun = pieces[i - 1]
            guard [.noun, .adjective, .fixed, .name].contains(noun.role) else { continue }
            if i + 1 < pieces.count, let next = pieces[i + 1].reading, next.proclitics == ["ب"], next.enclitic == nil,
               pieces[i + 1].role == .noun || pieces[i + 1].role == .name, let k = pieces[i + 1].lead.firstIndex(of: "in") {
                p.core = ""
                p.lead = []
                p.role = .adjective
                pieces[i + 1].lead[k] = "of"
            } else if noun.role == .noun, noun.reading?.enclitic != nil {
                p.core = "own"
                p.lead = []
                p.role = .adjective
            }
        }
    }
}
