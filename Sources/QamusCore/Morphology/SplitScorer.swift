/// One candidate split of a word in letter codes: proclitic letters, stem range, enclitic length.
struct SplitCandidate {
    /// Proclitic letter codes in order (at most two: و/ف then ب/ل/ك/س).
    var proclitics: [UInt8]
    /// The stem: letters `stemStart..<stemEnd` of the word.
    var stemStart: Int
    var stemEnd: Int
    /// Letters in the enclitic, 0 for none.
    var encliticLength: Int
}

/// Scores candidate splits without frequencies: how well the word list supports the
/// stem, against the cost of each clitic and a few well-founded rules.
///
/// The main rules: a known whole word stays whole unless the split is clearly better
/// (فترة "period" is a word; ف + ترة is not); a stem with ال after a proclitic is
/// near-certain (وبالقرب); a function-word host takes its enclitic (عليهم → علي + هم);
/// the future س needs an imperfect verb (سيكون → س + يكون); a definite stem takes no
/// enclitic; ي ك ني "my, your, me" need a headword stem, since names and nisba
/// adjectives end the same way (مارك, منزلي).
struct SplitScorer {
    let lexicon: StemLexicon
    let grader: StemGrader

    private typealias L = LetterCode

    /// Frequent function words that و or ف attach to even when the whole is a word (وقد, فهو).
    private static let conjunctionHosts: Set<[UInt8]> = Set("""
    قد لا لم لن ما هو هي هم هن هما نحن أنا أنت في من على عن إلى مع إن أن لكن كان كانت يكون \
    تكون ثم حتى كل هذا هذه ذلك تلك هناك هنا الذي التي الذين إذا إذ لو بل أو أي بين بعد قبل عند \
    منذ غير لدى كما حيث ليس
    """.split(separator: " ").map { LetterCode.encode(String($0)).map(LetterCode.loose) })

    /// Words that ب or ل attach to even when the whole is a word (لذلك, لأن, بكل).
    private static let prepositionHosts: Set<[UInt8]> = Set(
        "هذا هذه ذلك تلك هؤلاء أولئك هذين هاتين كل أن من".split(separator: " ").map {
            LetterCode.encode(String($0)).map(LetterCode.loose)
        })

    private static let na: [UInt8] = LetterCode.encode("نا")
    private static let ni: [UInt8] = LetterCode.encode("ني")
    private static let niHosts: Set<[UInt8]> = Set(
        ["إن", "أن", "لكن", "ليت", "لعل", "كأن", "من", "عن"].map { LetterCode.encode($0).map(LetterCode.loose) })

    /// ي ك ني كن كم كما: rare in news, and names and nisba adjectives end the same way.
    private static let rareEnclitics: Set<[UInt8]> = Set(
        ["ي", "ك", "ني", "كن", "كم", "كما"].map(LetterCode.encode))

    /// The score of `candidate` for `word` (letter codes, whole-word flags `wholeFlags`);
    /// nil when the split is impossible.
    func score(_ c: SplitCandidate, in word: [UInt8], wholeFlags: WordFlags) -> Double? {
        let stem = word[c.stemStart..<c.stemEnd]
        let last = c.proclitics.last
        let afterLam = last == L.lam
        let hasEnclitic = c.encliticLength > 0
        let genitive = last == L.beh || last == L.lam || last == L.kaf
        var ev = grader.evidence(stem, afterLam: afterLam, beforeEnclitic: hasEnclitic, genitive: genitive)
        // a stem found only loosely (اكد for أكد) is trusted after و ف or as a host; after
        // ب ل ك a short one is more often a name (لاري, بارما are not ل + أري, ب + أرمى)
        if ev.grade == .loose, stem.count < 5, !ev.flags.contains(.host), !c.proclitics.isEmpty,
           last != L.waw, last != L.feh {
            ev = StemEvidence(grade: .unknown, flags: [])
        }
        let f = ev.flags

        if c.proclitics.isEmpty && !hasEnclitic {
            // عليهم, لها: a function word with its enclitic, better read split (but علي "Ali" is a headword)
            if f.contains(.cliticForm), f.isDisjoint(with: [.function, .headword]) { return 1 }
            switch ev.grade {
            case .headword: return 10
            case .form: return 9
            case .derived: return 8
            case .loose: return 6
            case .unknown: return 3
            }
        }
        if stem.count == 2, StemGrader.hasArticle(stem) { return nil }
        var s: Double = switch ev.grade {
        case .headword: 10
        case .form: 9.5
        case .derived: 8
        case .loose: 6
        case .unknown: 0
        }
        // أن إلى without their hamza are the commonest sloppy spellings (انه, وان, اليه)
        if ev.grade == .loose, f.contains(.host), !hasEnclitic || !Self.rareEnclitics.contains(Array(word[c.stemEnd...])) {
            s += 2.5
        }
        // a stem that is itself host + enclitic (و + عليك) reads better split further (و علي ك)
        if f.contains(.cliticForm), f.isDisjoint(with: [.function, .headword]) { s -= 2 }
        let procCost = 1.5 * Double(c.proclitics.count)
        let startsWithLam = stem.first == L.lam
        if last == L.seen {
            if !f.contains(.imperfect) { return nil }
            if ev.grade >= .form { s += 1 }
        }
        // ب ك go before nouns; a verb-only stem is a finite verb, unless a long one after ب,
        // often a verbal noun listed under its verb (ب + إرسال)
        if last == L.beh || last == L.kaf, ev.grade != .unknown, last == L.kaf || stem.count < 5,
           f.isDisjoint(with: [.nominal, .function]) { s -= 4 }
        if last == L.beh || last == L.kaf, ev.grade == .derived, f.contains(.verbal) { return nil }
        // ك "like" is rare and many words and names begin with ك: it needs a stem spelled as listed
        if last == L.kaf, ev.grade < .form || stem.count < 3 { return nil }
        if hasEnclitic, !f.contains(.host), StemGrader.hasArticle(stem) || (afterLam && startsWithLam) { return nil }
        let definite = (StemGrader.hasArticle(stem) && stem.count >= 5)
            || (afterLam && startsWithLam && lexicon.flags([L.alef] + stem).contains(.exact))
        if definite, !c.proclitics.isEmpty, last != L.seen { s += 5 }
        // a word cannot begin with وو: the first is the conjunction (ووقع "and it happened")
        if c.proclitics.first == L.waw, stem.first == L.waw, c.proclitics.count == 1 { s += 1.5 }
        s -= procCost
        if last == L.beh || last == L.lam || last == L.kaf, wholeFlags.contains(.adverbial),
           ev.grade >= .form, !f.contains(.function), !hasEnclitic, stem.count >= 3 {
            s += 2  // بسبب "because of", بكثير "by far", للأسف "sadly"
        }
        let stemLetters = stem.map(LetterCode.loose)  // the host lists are kept in loose keys
        if c.proclitics.count == 1, last == L.waw || last == L.feh, !hasEnclitic,
           Self.conjunctionHosts.contains(stemLetters) {
            s += 3
        } else if last == L.beh || last == L.lam, Self.prepositionHosts.contains(stemLetters) {
            s += 3
        }
        if hasEnclitic {
            guard let adjusted = encliticScore(s, c, stem: stem, enclitic: Array(word[c.stemEnd...]), ev: ev,
                                               wholeFlags: wholeFlags, procCost: procCost) else { return nil }
            if ev.grade == .unknown { return adjusted }
            s = adjusted
        }
        if ev.grade == .unknown {
            return unknownStemScore(c, stem: stem, definite: definite, afterLam: afterLam, procCost: procCost)
        }
        return s
    }

    /// The score after an enclitic's rules, or nil when the enclitic cannot follow this stem.
    /// For an unknown stem the result is final.
    private func encliticScore(_ base: Double, _ c: SplitCandidate, stem: ArraySlice<UInt8>, enclitic: [UInt8],
                               ev: StemEvidence, wholeFlags: WordFlags, procCost: Double) -> Double? {
        var s = base
        let f = ev.flags
        let rare = Self.rareEnclitics.contains(enclitic)
        let host = f.contains(.host)
        // an imperfect verb form before a pronoun shape takes an object (يمكنه, يمكننا, يجعلك)
        // (a 3rd/2nd/1st-plural prefix ي ت ن, four letters, a consonant last: not أول + ني, يسبو + ك)
        let objectOfVerb = f.contains(.imperfect) && ev.grade >= .form && enclitic != [L.yeh] && stem.count >= 4
            && [L.yeh, L.teh, L.noon].contains(stem[stem.startIndex])
            && ![L.alef, L.waw, L.yeh, L.alefMaksura].contains(stem[stem.endIndex - 1])
        if objectOfVerb { s += 1 }
        if rare {
            s -= 2.5
            if ev.grade < .headword && !host && !objectOfVerb { return nil }
            // ني "me" follows a verb or إن أن لكن ليت لعل كأن من عن (أمني "security" is not أم + ني)
            if enclitic == Self.ni, host ? !Self.niHosts.contains(stem.map(LetterCode.loose)) : !f.contains(.verbal) {
                return nil
            }
            // ي "my" on a noun is rare in news, a nisba adjective common (أمني, عسكري):
            // it needs a host (لدي, علي) or a ت that was ة (حياتي "my life")
            if enclitic == [L.yeh], !host, stem.last != L.teh { return nil }
        } else {
            s -= 0.75
        }
        if host { s += 2 }
        // ما, هو: a function word takes an enclitic only as a listed host
        if f.contains(.function), !host { return nil }
        if enclitic == Self.na, !host {
            // فعلنا "we did": a known verb form ending in نا is the verb's own ending
            if wholeFlags.contains(.exact), wholeFlags.contains(.verbal), !objectOfVerb { s -= 1 }
            // مارينا, كورونا: names end in ينا ونا; a noun before نا there must be a headword
            if stem.last == L.yeh || stem.last == L.waw, ev.grade < .headword { return nil }
        }
        // a two-letter stem takes an enclitic only as a function host or a noun (يده "his hand")
        if stem.count < 3, !host, ev.grade < .headword || !f.contains(.nominal) { return nil }
        if ev.grade == .unknown {
            // an unknown noun in its construct form: ميزانيتها, إسهاماتهم, حلفاؤها
            if !rare, stem.count >= 3, stem.last == L.teh || stem.last == L.wawHamza { return 6 - 0.75 - procCost }
            return nil
        }
        return s
    }

    /// The score of a split whose stem the word list lacks, by rules; nil when none applies.
    private func unknownStemScore(_ c: SplitCandidate, stem: ArraySlice<UInt8>, definite: Bool, afterLam: Bool,
                                  procCost: Double) -> Double? {
        let last = c.proclitics.last
        // the article after a proclitic, or لل: the stem is a definite noun
        if last == L.waw || last == L.beh || last == L.lam, definite, stem.count >= 5 { return 7 - procCost }
        if afterLam, stem.first == L.lam, stem.count >= 4 { return 8 - procCost }
        // و or ل before an unknown word that cannot begin a W- or L-name: a foreign
        // name spells W and L before a vowel with ا و ي (ويليام, لويس), so a consonant
        // next means a clitic (وترامب, لمارتن); وو is و + a و-word (ووالتر)
        guard let first = stem.first, first != L.alef, first != L.yeh, first != L.alefMaksura else { return nil }
        if c.proclitics == [L.waw], stem.count >= (first == L.waw ? 4 : 3) { return 4 }
        if afterLam, first != L.waw, stem.count >= 4 { return 4 - 1.5 * Double(c.proclitics.count - 1) }
        return nil
    }
}
