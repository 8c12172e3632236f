/// What follows a noun besides its adjectives (used by `WordOrderer`): a person's name in
/// construct (جدول أعمال بوتين → "Putin's agenda"), a sound plural that cannot describe a singular
/// (وجود متطوعين → "the presence of volunteers"), and a list of adjectives ending in و
/// (متطوعين إيرانيين، عراقيين وأفغانيين → "Iranian, Iraqi and Afghan volunteers").
enum NounComplements {
    /// The pieces of a person's name after a construct head, or nil: one to three glossary names
    /// typed neither place nor body, without proclitics. (The name list does not tell persons
    /// from places reliably: "the kingdom of France", not "France's kingdom".)
    static func person(_ pieces: [GlossPiece], after i: Int) -> [Int]? {
        var k = i + 1
        while k < pieces.count, k <= i + 3 {
            let p = pieces[k]
            guard p.role == .name, p.kind == .arabic, !p.hasProclitic, !p.isPlace, !p.isOrganization, !p.core.isEmpty,
                  p.origin == .glossary, p.lead.isEmpty,
                  p.core.first?.isUppercase == true, !p.core.contains("'") else { break }
            k += 1
        }
        guard k > i + 1 else { return nil }
        // A place, body or other word of a name after the run: not a person's name alone; nor is
        // a name coordinated with the next word (للقاء بوتين ووزير الدفاع "the meeting of Putin and …").
        if k < pieces.count, [.name, .fixed].contains(pieces[k].role), !pieces[k].hasProclitic { return nil }
        if k < pieces.count, pieces[k].hasProclitic, pieces[k].surface.unicodeScalars.first == "\u{0648}" { return nil }
        return Array(i + 1..<k)
    }

    /// The English of a list of adjectives after a noun's adjective at `j - 1`: (، adjective)* و +
    /// adjective, all able to describe the noun; nil without the final و (a comma alone ends a
    /// phrase). Returns the adjectives after the first, in order, and the end of the list.
    static func adjectiveList(_ pieces: [GlossPiece], from j: Int, noun: GlossPiece) -> (words: [String], end: Int)? {
        var words: [String] = []
        var k = j
        while k + 1 < pieces.count, pieces[k].role == .punctuation, pieces[k].core == ",",
              let w = listAdjective(pieces[k + 1], noun: noun, last: false) {
            words.append(w)
            k += 2
        }
        // The last one carries و: "and Afghan".
        guard k < pieces.count, let w = listAdjective(pieces[k], noun: noun, last: true) else { return nil }
        // (Not one with a complement of its own: والمسؤولة عن "and responsible for" starts a phrase.)
        if k + 1 < pieces.count, pieces[k + 1].role == .function, pieces[k + 1].reading?.proclitics.isEmpty ?? true,
           let stem = pieces[k + 1].functionStem, ReadingChooser.prepositions.contains(ByteKey(stem)) { return nil }
        return (words + [w], k + 1)
    }

    /// The English of one adjective of a list (without its "and" or "the"): a lexicon adjective, or a
    /// nisba read as a noun after the comma (سياسي "political"); a glossary or name-list nationality.
    private static func listAdjective(_ p: GlossPiece, noun: GlossPiece, last: Bool) -> String? {
        guard !p.hasEnclitic else { return nil }
        if p.origin == .lexicon {
            guard let r = p.reading, r.proclitics == (last ? ["و"] : []), r.isDefinite == noun.definite else { return nil }
            // A sound masculine plural describes only a plural (الشعب الفلسطيني والإسرائيليين is "and the Israelis").
            if r.stem.hasSuffix("ين") || r.stem.hasSuffix("ون"), !EnglishInflector.looksPlural(noun.core) { return nil }
            if p.role == .adjective, !p.core.isEmpty, !p.core.contains(" ") { return p.core }
            guard p.role == .noun, let adj = r.analyses.first(where: { $0.pos == .adj && $0.lemma.hasSuffix("ي") }),
                  !adj.firstSense.isEmpty, !adj.firstSense.contains(" ") else { return nil }
            return adj.firstSense
        }
        guard p.origin == .glossary || p.origin == .nameLexicon, p.role == .adjective || p.role == .fixed,
              (p.surface.unicodeScalars.first == "\u{0648}" && p.hasProclitic) == last else { return nil }
        let core = last && p.core.hasPrefix("and ") ? String(p.core.dropFirst(4)) : p.core
        return core.isEmpty || core.contains(" ") ? nil : core
    }

    /// A sound plural (ين / ون) after a singular noun cannot describe it (an adjective agrees in
    /// number): it is the noun's complement, read as a plural noun. وجود متطوعين → "the presence of
    /// volunteers", not "volunteer presence".
    static func pluralNoun(_ p: GlossPiece, of noun: GlossPiece) -> Bool {
        guard p.role == .adjective, p.origin == .lexicon, noun.role == .noun, noun.origin == .lexicon, !noun.definite, !p.definite,
              let n = noun.analysis, !n.isPlural, noun.reading?.stem.hasSuffix("ات") == false,
              let r = p.reading, r.proclitics.isEmpty, r.enclitic == nil, let a = p.analysis, !p.core.isEmpty, !p.core.contains(" "),
              r.stem == a.lemma + "ين" || r.stem == a.lemma + "ون" else { return false }
        p.role = .noun
        // Its noun reading when it has one (صحفيين "journalists", not "journalistics").
        if let noun = r.analyses.first(where: { $0.pos == .noun && $0.lemma == a.lemma && !$0.firstSense.isEmpty && !$0.firstSense.contains(" ") }) {
            p.analysis = noun
            p.core = noun.firstSense
        }
        p.core = EnglishInflector.plural(p.core)
        return true
    }
}
