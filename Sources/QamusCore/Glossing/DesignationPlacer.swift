/// Latin model designations (S-300, F-16) after their Arabic noun: placed before it in
/// English, without a plural s (صواريخ S-300S → "S-300 missiles"). Run by `ClauseShaper`.
enum DesignationPlacer {
    /// A noun before a Latin model designation with digits (صواريخ S-300): "S-300 missiles".
    static func place(_ pieces: [GlossPiece]) {
        for i in pieces.indices.dropLast() where pieces[i].role == .noun && pieces[i].origin == .lexicon && !pieces[i].hasEnclitic {
            let next = pieces[i + 1]
            guard next.kind == .latin || next.role == .fixed, isDesignation(next.surface) else { continue }
            let noun = pieces[i]
            // Before its noun a designation takes no plural: صواريخ S-300S → "S-300 missiles".
            noun.core = attributive(next.core) + " " + noun.core
            next.core = ""
            next.lead = []
            next.tail = []
            next.role = .adjective
            next.definite = noun.definite
        }
    }

    /// A designation without a plural s after its digits: "S-300s" → "S-300", "F-16s" → "F-16"
    /// (a capital S is part of a model name: Su-35S).
    static func attributive(_ designation: String) -> String {
        let scalars = designation.unicodeScalars
        guard scalars.count > 2, let last = scalars.last, last == "s",
              let before = scalars.dropLast().last, ("0"..."9").contains(before) else { return designation }
        return String(String.UnicodeScalarView(scalars.dropLast()))
    }

    /// Latin letters and digits, with a digit: S-300, F-16, Su-35.
    static func isDesignation(_ s: String) -> Bool {
        var digit = false
        var letter = false
        for u in s.unicodeScalars {
            switch u {
            case "0"..."9": digit = true
            case "A"..."Z", "a"..."z": letter = true
            case "-": break
            default: return false
            }
        }
        return digit && letter
    }
}
