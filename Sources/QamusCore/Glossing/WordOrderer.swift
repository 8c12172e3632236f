/// Puts glossed pieces in English order where the rule is reliable.
///
/// Noun + adjective(s) → adjective(s) + noun: اجتماع عسكري سري → "secret military meeting".
/// Construct state → "X of (the) Y": رئيس [قوة القدس] → "head of the Quds Force".
enum WordOrderer {
    static func reorder(_ pieces: inout [GlossPiece]) {
        ClauseShaper.placeReportedSubjects(&pieces)
        madeIn(pieces)
        var i = 0
        while i < pieces.count {
            // (A glossary organisation too: حزب الله اللبناني → "Lebanese Hezbollah".)
            let isGlossaryTerm = (pieces[i].role == .fixed || (pieces[i].role == .name && pieces[i].isOrganization)) && pieces[i].origin == .glossary
            guard (pieces[i].role == .noun && pieces[i].origin == .lexicon) || isGlossaryTerm, !pieces[i].core.isEmpty else { i += 1; continue }
            let noun = pieces[i]
            // A glossary term agrees by its Arabic article (اللواء الإيراني → "Iranian major general").
            if isGlossaryTerm { noun.definite = noun.fixedDefinite }
            // Adjectives that agree in definiteness and carry no proclitic.
            var j = i + 1
            // (An emptied adjective slot, such as a designation moved into the noun, is passed over.)
            while j < pieces.count, pieces[j].origin == .lexicon || (pieces[j].origin == .glossary && pieces[j].role == .adjective)
                    || (pieces[j].isEmpty && pieces[j].role == .adjective),
                  !pieces[j].hasProclitic, !pieces[j].hasEnclitic,
                  pieces[j].definite == noun.definite, !linksForward(pieces[j]), !NounComplements.pluralNoun(pieces[j], of: noun),
                  pieces[j].role == .adjective || readsAsAdjective(pieces[j], after: noun),
                  // (A participle with its preposition stays after the noun: "diplomat resident in Moscow".)
                  !ParticipleLinker.link(pieces, at: j) {
                j += 1
            }
            if j == i + 2, !isGlossaryTerm, let (words, end) = NounComplements.adjectiveList(pieces, from: j, noun: noun) {
                // A list of adjectives: متطوعين إيرانيين، عراقيين وأفغانيين → "Iranian, Iraqi and Afghan volunteers".
                let list = ([pieces[j - 1].core] + words.dropLast()).joined(separator: ", ") + " and " + (words.last ?? "")
                pieces[i].core = list + " " + noun.core
                for k in i + 1..<end {
                    pieces[k].lead = []
                    pieces[k].core = ""
                    pieces[k].tail = []
                    pieces[k].role = .adjective
                }
                i = end
                continue
            }
            if j > i + 1 {
                let adjectives = (i + 1..<j).reversed().map { collocated(pieces[$0], with: noun) }.filter { !$0.isEmpty }
                if isGlossaryTerm {
                    // A term's proclitic words and "the" stay first: "and the Russian Kremlin".
                    let bare = noun.articleInCore ? BodyNamer.withoutArticle(noun.core) : noun.core
                    let start = BodyNamer.nameStart(bare) ?? bare.startIndex
                    pieces[i].core = String(bare[..<start]) + (adjectives + [String(bare[start...])]).joined(separator: " ")
                    if noun.articleInCore { pieces[i].core = BodyNamer.withArticle(pieces[i].core) }
                } else {
                    pieces[i].core = (adjectives + [noun.core]).joined(separator: " ")
                }
                for k in i + 1..<j {
                    pieces[k].lead = []
                    pieces[k].core = ""
                    pieces[k].tail = []
                }
                i = j
                continue
            }
            // An organisation's name heads no construct.
            if noun.role == .name { i += 1; continue }
            // A cardinal before an indefinite noun counts it: ثلاثة مصادر → "three sources", ثلاثة أيام → "three days".
            if i + 1 < pieces.count, let stem = noun.reading?.stem, let number = cardinals[ByteKey(stem)], noun.reading?.enclitic == nil,
               pieces[i + 1].role == .noun, !pieces[i + 1].hasProclitic, !pieces[i + 1].definite,
               pieces[i + 1].analysis?.features.contains(.dual) != true {
                noun.core = number
                i += 1
                continue
            }
            // Construct state: an indefinite bare noun before a noun, name or glossary term.
            if !noun.definite, !noun.hasEnclitic, i + 1 < pieces.count {
                let next = pieces[i + 1]
                let takesOf = !next.hasProclitic && (next.role == .noun || next.role == .name || next.role == .fixed)
                    && next.kind == .arabic
                if takesOf, let names = NounComplements.person(pieces, after: i) {
                    // A person's name in construct is a possessive: جدول أعمال بوتين → "Putin's agenda".
                    let owner = names.map { pieces[$0].core }.joined(separator: " ") + "'s"
                    for k in names {
                        pieces[k].lead = []
                        pieces[k].core = ""
                        pieces[k].tail = []
                    }
                    if let last = names.last, last + 1 < pieces.count, agreesWithHead(pieces[last + 1], head: noun, complement: next) {
                        let k = last + 1
                        noun.core = pieces[k].core + " " + noun.core
                        pieces[k].lead = []
                        pieces[k].core = ""
                        pieces[k].tail = []
                        pieces[k].role = .other
                    }
                    noun.lead.append(owner)
                } else if takesOf {
                    var lead = ["of"]
                    if next.role == .fixed, next.fixedDefinite { lead.append("the") }
                    pieces[i + 1].lead = lead + pieces[i + 1].lead
                    // The head of a definite construct is definite: "the head of the government".
                    if next.definite || next.fixedDefinite || next.role == .name { pieces[i].lead.append("the") }
                    // An adjective after the construct that agrees with the head, not its complement:
                    // منشآت طهران النووية → "the nuclear facilities of Tehran".
                    if i + 2 < pieces.count, agreesWithHead(pieces[i + 2], head: noun, complement: next) {
                        let adjective = pieces[i + 2]
                        pieces[i].core = adjective.core + " " + noun.core
                        adjective.lead = []
                        adjective.core = ""
                        adjective.tail = []
                        adjective.role = .other
                    }
                } else if let quoted = quotedComplement(pieces, after: i) {
                    // Across an opening quote: رئيس “قوة القدس” → "the head of the "Quds Force"".
                    let definite = quoted.definite || quoted.fixedDefinite
                    // An organisation's "the" stands outside the quotes: "the head of the "Quds Force"".
                    if quoted.articleInCore { quoted.core = BodyNamer.withoutArticle(quoted.core) }
                    pieces[i].tail += (definite && quoted.role != .name) || quoted.articleInCore ? ["of", "the"] : ["of"]
                    if definite || quoted.role == .name { pieces[i].lead.append("the") }
                }
            }
            i += 1
        }
        SubjectPlacer.place(&pieces)
        // "a" / "an" by the first English word once adjectives stand before their noun.
        for p in pieces where p.needsArticle && !p.core.isEmpty && !p.hasArticle {
            p.lead.insert(ClauseShaper.article(before: p.core), at: p.lead.prefix { $0 == "and" || $0 == "so" }.count)
        }
        // Pieces placed after the next one (لم يكن → "was not").
        var k = 0
        while k + 1 < pieces.count {
            if pieces[k].order == .afterNext {
                pieces[k].order = .inPlace
                pieces.swapAt(k, k + 1)
                k += 2
            } else {
                k += 1
            }
        }
    }

    /// An adjective expression ending in a preposition stays after its noun: الخاضع ل "subject to",
    /// التابعة ل "affiliated with" ("the general subject to the sanctions").
    static func linksForward(_ p: GlossPiece) -> Bool {
        guard p.functionStem == "multi", let last = p.core.split(separator: " ").last else { return false }
        return ExpressionMatcher.linkingWords.contains(String(last))
    }

    /// Whether a definite adjective after a construct (head + complement) can only describe the head:
    /// the complement is a name, or differs from the adjective in gender where the head agrees
    /// (وزير الخارجية الروسي "the Russian foreign minister"; منشآت البرنامج النووية).
    static func agreesWithHead(_ adjective: GlossPiece, head: GlossPiece, complement: GlossPiece) -> Bool {
        guard adjective.origin == .lexicon, adjective.role == .adjective, adjective.definite, !adjective.hasProclitic,
              !adjective.hasEnclitic, !adjective.core.isEmpty, !adjective.core.contains(" "),
              let a = adjective.analysis, !a.isPlural,
              let adjStem = adjective.reading?.stem, let headStem = head.reading?.stem else { return false }
        let adjFeminine = adjStem.hasSuffix("ة")
        let headPlural = head.analysis.map { $0.isPlural } ?? true
        let headFeminine = headStem.hasSuffix("ة") || headStem.hasSuffix("ات") || headPlural
        // A feminine adjective after a plural head (منشآت … النووية) or a feminine one; a masculine after a masculine singular.
        guard adjFeminine ? headFeminine : (!headFeminine && adjStem.hasSuffix("ي")) else { return false }
        if complement.role == .name || (complement.role == .fixed && complement.origin != .lexicon) { return true }
        guard complement.role == .noun, complement.origin == .lexicon, let c = complement.analysis, let cStem = complement.reading?.stem,
              !c.isPlural else { return false }
        let cFeminine = cStem.hasSuffix("ة") || cStem.hasSuffix("ات")
        return adjFeminine ? !cFeminine && !cStem.hasSuffix("اء") && !cStem.hasSuffix("ى") : cFeminine
    }

    /// A nisba before الصنع ("the making") is where a thing is made: روسية الصنع → "Russian-made".
    static func madeIn(_ pieces: [GlossPiece]) {
        for i in pieces.indices.dropLast() where !pieces[i].core.isEmpty {
            let next = pieces[i + 1]
            guard let r = next.reading, r.proclitics.isEmpty, r.enclitic == nil, ByteKey(r.stem) == "الصنع" else { continue }
            let p = pieces[i]
            if p.role == .noun, let adj = p.reading?.analyses.first(where: { $0.pos == .adj && $0.lemma.hasSuffix("ي") && !$0.firstSense.isEmpty }) {
                p.role = .adjective
                p.analysis = adj
                p.core = adj.firstSense
            }
            guard p.role == .adjective else { continue }
            p.core += "-made"
            next.lead = []
            next.core = ""
            next.tail = []
            next.role = .adjective
            next.definite = pieces[i].definite
        }
    }

    /// Cardinals three to ten, which count a plural noun after them.
    static let cardinals: [ByteKey: String] = [
        "ثلاث": "three", "ثلاثة": "three", "أربع": "four", "أربعة": "four", "خمس": "five", "خمسة": "five",
        "ست": "six", "ستة": "six", "سبع": "seven", "سبعة": "seven", "ثماني": "eight", "ثمانية": "eight",
        "تسع": "nine", "تسعة": "nine", "عشر": "ten", "عشرة": "ten",
    ]

    /// Nouns of people whose rank كبير gives: مسؤول كبير → "senior official", not "large official".
    static let rankedPeople: Set<String> = [
        "مسؤول", "ضابط", "مستشار", "قائد", "دبلوماسي", "مساعد", "عضو", "مفاوض", "باحث", "محلل", "موظف", "خبير",
        "مصدر", "قيادي", "زعيم", "مراسل",
    ]

    /// An adjective's English beside its noun: كبير is "senior" after a noun of people of rank.
    static func collocated(_ adjective: GlossPiece, with noun: GlossPiece) -> String {
        if adjective.analysis?.lemma == "كبير", let lemma = noun.analysis?.lemma, rankedPeople.contains(lemma) { return "senior" }
        return adjective.core
    }

    /// The noun, name or glossary term a construct head governs across an opening quote
    /// (the quote after it opens when the quotes before it are balanced), or nil.
    private static func quotedComplement(_ pieces: [GlossPiece], after i: Int) -> GlossPiece? {
        guard i + 2 < pieces.count, pieces[i + 1].role == .punctuation, pieces[i + 1].core == "\"" else { return nil }
        let quotesBefore = pieces[..<i].filter { $0.role == .punctuation && $0.core == "\"" }.count
        guard quotesBefore % 2 == 0 else { return nil }
        let quoted = pieces[i + 2]
        guard !quoted.hasProclitic, quoted.kind == .arabic, quoted.role == .noun || quoted.role == .name || quoted.role == .fixed else {
            return nil
        }
        return quoted
    }

    /// A noun reading that also has an adjective analysis after a noun agreeing in definiteness
    /// (طائرة خاصة: "special", not "private possession"): switch it to the adjective.
    private static func readsAsAdjective(_ p: GlossPiece, after noun: GlossPiece) -> Bool {
        // Only the feminine of an adjective (خاصة → خاص) or a nisba (روسية → روسي), not a homograph (صباح "pretty").
        guard p.role == .noun, let stem = p.reading?.stem else { return false }
        let bare = stem.hasPrefix("ال") ? String(stem.dropFirst(2)) : stem
        guard let adj = p.reading?.analyses.first(where: { $0.pos == .adj && (bare == $0.lemma + "ة" || $0.lemma.hasSuffix("ي")) }),
              !adj.firstSense.isEmpty else { return false }
        // A feminine form describes no masculine singular noun: استخدام طائرة is "the use of a plane", not "flying use".
        // (Indefinite only: a definite one may describe the head of a construct, المجموعات … الخاصة.)
        if bare == adj.lemma + "ة", !noun.definite, noun.origin == .lexicon, !EnglishInflector.looksPlural(noun.core),
           let n = noun.analysis, let nStem = noun.reading?.stem,
           !n.isPlural, !nStem.hasSuffix("ة"), !nStem.hasSuffix("ات"),
           !nStem.hasSuffix("اء"), !nStem.hasSuffix("ى") { return false }
        p.role = .adjective
        p.analysis = adj
        p.core = adj.firstSense
        return true
    }
}
