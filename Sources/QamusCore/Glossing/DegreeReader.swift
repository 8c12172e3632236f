/// Reads degree and rank words by what follows or precedes them.
///
/// - An elative before a noun is a superlative: أكبر مدينة → "the largest city", أهم القضايا →
///   "the most important issues", أفضل أداء → "the best performance" (before من it stays a
///   comparative: أكبر من "larger than").
/// - آخر before a noun is "the last" / "the latest": آخر مرة → "the last time", آخر التطورات →
///   "the latest developments" (after its noun it stays "other": مسؤولون آخرون).
/// - An ordinal after a person's name is a regnal number: هنري الثالث → "Henry III".
/// - الأخيرة after a plural noun is "recent": في الأشهر الأخيرة → "in the recent months".
enum DegreeReader {
    /// Before rendering: the noun after an elative or آخر takes its noun reading (أفضل أداء "performance", not "performed").
    static func prepare(_ pieces: [GlossPiece]) {
        for i in pieces.indices.dropLast() where pieces[i].origin == .lexicon && (isElative(pieces[i]) || isLast(pieces[i])) {
            let next = pieces[i + 1]
            guard next.origin == .lexicon, next.role == .verb, !next.hasProclitic, let r = next.reading,
                  let noun = r.analyses.first(where: { $0.pos == .noun && !$0.firstSense.isEmpty }) else { continue }
            next.analysis = noun
            next.role = .noun
        }
    }

    /// After rendering: superlatives, "the last", regnal numbers, compound ordinals.
    static func shape(_ pieces: [GlossPiece]) {
        compoundOrdinals(pieces)
        for i in pieces.indices where pieces[i].origin == .lexicon {
            let p = pieces[i]
            if i + 1 < pieces.count, pieces[i + 1].role == .noun, pieces[i + 1].origin == .lexicon, !pieces[i + 1].hasProclitic,
               !pieces[i + 1].hasEnclitic {
                let next = pieces[i + 1]
                if isLast(p) {
                    p.core = next.definite ? "latest" : "last"
                } else if isElative(p), p.functionStem == nil || next.definite,
                          let sense = p.functionStem.flatMap(FunctionWords.english) ?? p.analysis?.firstSense, !sense.isEmpty {
                    // (أكثر / أقل before an indefinite noun is "more" / "less": أكثر فائدة "more useful".)
                    p.core = superlative(sense)
                } else {
                    continue
                }
                p.lead.removeAll { $0 == "the" }
                // أكثر الناس → "most people"; أكبر مدينة → "the largest city".
                if p.core != "most", p.core != "least" { p.lead.append("the") }
                p.role = .function
                next.lead.removeAll { $0 == "the" }
                next.definite = false
            } else if i + 1 < pieces.count, isElative(p), p.functionStem == nil, let sense = p.analysis?.firstSense, !sense.isEmpty,
                      pieces[i + 1].functionStem == "من", pieces[i + 1].reading?.enclitic == nil, !pieces[i + 1].hasProclitic {
                // أكبر من → "larger than".
                p.core = comparative(sense)
                pieces[i + 1].core = "than"
            } else if i > 0, pieces[i - 1].role == .noun, let a = pieces[i - 1].analysis,
                      a.isPlural || pieces[i - 1].reading?.stem.hasSuffix("ات") == true,
                      let r = p.reading, r.proclitics.isEmpty, r.enclitic == nil, recentForms.contains(ByteKey(r.stem)) {
                // الأشهر الأخيرة → "the recent months" (المرة الأخيرة stays "the last time").
                p.core = "recent"
            } else if i > 0, pieces[i - 1].role == .name, let r = p.reading, r.proclitics.isEmpty, r.enclitic == nil,
                      let roman = regnal[ByteKey(r.stem)] {
                let prev = pieces[i - 1]
                guard prev.origin != .lexicon, !prev.isPlace, !prev.hasProclitic else { continue }
                p.core = roman
                p.lead = []
                p.role = .name
            }
        }
    }

    /// A unit ordinal and a tens ordinal after و: الخامس والأربعين → "45th".
    static func compoundOrdinals(_ pieces: [GlossPiece]) {
        for i in pieces.indices.dropLast() where pieces[i].origin == .lexicon {
            // Cheap first: the next word carries و.
            guard let t = pieces[i + 1].reading, t.proclitics.count == 1, t.proclitics[0] == "و", t.enclitic == nil,
                  let r = pieces[i].reading, r.proclitics.isEmpty, r.enclitic == nil,
                  let tens = tensOrdinals[ByteKey(t.stem)], let unit = unitOrdinals[ByteKey(r.stem)] else { continue }
            let n = tens + unit
            let suffix = n % 10 == 1 ? "st" : (n % 10 == 2 ? "nd" : (n % 10 == 3 ? "rd" : "th"))
            pieces[i].core = "\(n)\(suffix)"
            pieces[i].role = .adjective
            let next = pieces[i + 1]
            next.lead = []
            next.core = ""
            next.tail = []
            next.role = .adjective
            next.hasProclitic = false
            next.definite = pieces[i].definite
        }
    }

    static let unitOrdinals: [ByteKey: Int] = [
        "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7, "الثامن": 8, "التاسع": 9,
        "الحادية": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6, "السابعة": 7, "الثامنة": 8, "التاسعة": 9,
    ]

    static let tensOrdinals: [ByteKey: Int] = [
        "العشرين": 20, "الثلاثين": 30, "الأربعين": 40, "الخمسين": 50, "الستين": 60, "السبعين": 70, "الثمانين": 80, "التسعين": 90,
    ]

    /// الأخير in its forms: after a plural noun "recent".
    static let recentForms: Set<ByteKey> = ["الأخيرة", "الأخير", "الأخيرين", "الأخيرتين"]

    /// Ordinals after a ruler's name, as regnal numbers.
    static let regnal: [ByteKey: String] = [
        "الأول": "I", "الثاني": "II", "الثالث": "III", "الرابع": "IV", "الخامس": "V", "السادس": "VI", "السابع": "VII",
        "الثامن": "VIII", "التاسع": "IX", "العاشر": "X", "الحادي عشر": "XI", "الثاني عشر": "XII",
    ]

    /// Whether a stem starts with أ or آ (cheap: its first two UTF-8 bytes), as elatives and آخر do.
    static func startsWithHamzaAlef(_ stem: String) -> Bool {
        var u = stem.utf8.makeIterator()
        guard u.next() == 0xD8, let second = u.next() else { return false }
        return second == 0xA3 || second == 0xA2
    }

    /// A bare elative adjective: أفعل (أكبر، أفضل) or أفلّ (أهم، أشد، أقل), not أول nor آخر.
    static func isElative(_ p: GlossPiece) -> Bool {
        guard let r = p.reading, startsWithHamzaAlef(r.stem), r.proclitics.isEmpty || r.proclitics == ["و"], r.enclitic == nil else { return false }
        if let f = p.functionStem { return ByteKey(f) == "أكثر" || ByteKey(f) == "أقل" }
        guard let a = p.analysis, a.pos == .adj || p.role == .adjective else { return false }
        let s = r.stem.unicodeScalars
        guard s.first == "\u{0623}", s.count == 4 || s.count == 3, let last = s.last, !"يةىاء".unicodeScalars.contains(last),
              ByteKey(r.stem) != "أول" else { return false }
        // The elative of another lemma (أكبر of كبير), or glossed as a comparative (أفضل "better"), not أمن "security".
        let sense = a.firstSense
        return ByteKey(a.lemma) != ByteKey(r.stem) || sense.hasSuffix("er") || sense.hasPrefix("more ") || sense.hasPrefix("less ")
            || irregularSuperlatives[sense] != nil
    }

    /// A bare آخر (written آخر; the plural آخرون follows its noun).
    static func isLast(_ p: GlossPiece) -> Bool {
        guard let r = p.reading, startsWithHamzaAlef(r.stem), r.proclitics.isEmpty || r.proclitics == ["و"], r.enclitic == nil else { return false }
        return ByteKey(r.stem) == "آخر"
    }

    static let irregularSuperlatives: [String: String] = [
        "better": "best", "good": "best", "worse": "worst", "bad": "worst", "more": "most", "many": "most", "much": "most",
        "less": "least", "little": "least", "big": "biggest", "bigger": "biggest", "further": "furthest", "farther": "farthest",
    ]

    static let irregularComparatives: [String: String] = ["good": "better", "bad": "worse", "many": "more", "much": "more", "little": "less"]

    /// The comparative of an English adjective (a comparative stays): "large" → "larger", "important" → "more important".
    static func comparative(_ sense: String) -> String {
        let words = sense.split(separator: " ")
        let w = String(words.first ?? "")
        if let c = irregularComparatives[w] { return ([c] + words.dropFirst().map(String.init)).joined(separator: " ") }
        if words.count > 1 || w.hasSuffix("er") || w == "more" || w == "less" { return sense }
        if w.count <= 5, !w.contains("-") {
            if w.hasSuffix("e") { return w + "r" }
            if w.hasSuffix("y") { return String(w.dropLast()) + "ier" }
            return w == "big" ? "bigger" : w + "er"
        }
        return "more " + w
    }

    /// The superlative of an English adjective or comparative: "better" → "best", "higher" → "highest",
    /// "more important" / "important" → "most important", "large" → "largest".
    static func superlative(_ sense: String) -> String {
        let words = sense.split(separator: " ")
        let w = String(words.first ?? "")
        if let s = irregularSuperlatives[w] { return ([s] + words.dropFirst().map(String.init)).joined(separator: " ") }
        if words.count > 1 { return "most " + sense }
        if w.hasSuffix("ier") { return String(w.dropLast(3)) + "iest" }
        if w.hasSuffix("er"), w.count > 4 { return String(w.dropLast(2)) + "est" }
        if w.count <= 5, !w.contains("-") {
            if w.hasSuffix("e") { return w + "st" }
            if w.hasSuffix("y") { return String(w.dropLast()) + "iest" }
            return w + "est"
        }
        return "most " + w
    }
}
