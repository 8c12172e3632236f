/// How well the word list supports a candidate stem, best first.
public enum StemGrade: Int, Sendable, Comparable {
    /// Not found by any route.
    case unknown = 0
    /// Found only through its loose key (اعلن for أعلن).
    case loose = 1
    /// Found as a known noun or adjective plus an inflection suffix (صلاحيات from صلاحية).
    case derived = 2
    /// An inflected form, or a known word behind the article ال.
    case form = 3
    /// A headword.
    case headword = 4

    public static func < (a: StemGrade, b: StemGrade) -> Bool { a.rawValue < b.rawValue }
}

/// The evidence for one stem: its grade and the flags of the key that was found.
public struct StemEvidence: Sendable, Hashable {
    public var grade: StemGrade
    public var flags: WordFlags
}

/// Looks a candidate stem up in the word list through the spellings it may stand for.
///
/// Routes, in order: the spelling itself (with ت → ة, ؤ/ئ/أ → ء, ا/ي → ى and و → وا
/// repaired before an enclitic, and ال restored after ل: للسلطة → السلطة); the word behind
/// ال; a verbal-noun or imperfect-verb template (`WordTemplates`); a known noun plus an inflection suffix
/// (ات ون ين ان ية ي ة, accusative ا); the loose key.
struct StemGrader {
    let lexicon: StemLexicon

    private typealias L = LetterCode
    private static let suffixes: [(suffix: [UInt8], replacement: [UInt8])] = [
        ("ات", "ة"), ("ات", ""), ("ون", ""), ("ين", ""), ("ان", ""), ("ية", ""), ("ية", "ي"),
        ("يون", ""), ("يين", ""), ("ي", ""), ("ة", ""), ("ا", ""),
    ].map { (LetterCode.encode($0.0), LetterCode.encode($0.1)) }

    /// The evidence for `stem`; `afterLam` when the last proclitic is ل, `beforeEnclitic`
    /// when a pronoun enclitic follows, `genitive` after ب ل ك (no accusative ending ا then).
    func evidence(_ stem: ArraySlice<UInt8>, afterLam: Bool, beforeEnclitic: Bool,
                  genitive: Bool = false) -> StemEvidence {
        guard let last = stem.last else { return StemEvidence(grade: .unknown, flags: []) }
        var spellings: [ArraySlice<UInt8>] = [stem]
        if beforeEnclitic {
            let repaired: UInt8? = switch last {
            case L.teh: L.tehMarbuta
            case L.wawHamza, L.yehHamza, L.alefHamzaAbove: L.hamza
            case L.alef, L.yeh: L.alefMaksura
            default: nil
            }
            if let repaired { spellings.append(stem.dropLast() + [repaired]) }
            if last == L.waw { spellings.append(stem + [L.alef]) }
        }
        if afterLam, stem.first == L.lam { spellings.insert([L.alef] + stem, at: 0) }

        for s in spellings {
            let f = lexicon.flags(s)
            if f.contains(.exact) { return StemEvidence(grade: f.contains(.headword) ? .headword : .form, flags: f) }
        }
        for s in spellings where Self.hasArticle(s) && s.count >= 5 {
            let f = lexicon.flags(s.dropFirst(2))
            if f.contains(.exact), f.contains(.nominal) {
                return StemEvidence(grade: .form, flags: f.subtracting([.function, .host, .adverbial, .headword]))
            }
        }
        // ه written for ة, the commonest sloppy spelling (وزاره, الحكومه): weaker than an exact
        // word, since ه may also be the enclitic (بلاده "his country", not بلادة)
        for s in spellings where s.count >= 3 && s.last == L.heh {
            let f = lexicon.flags(s.dropLast() + [L.tehMarbuta])
            if f.contains(.exact) { return StemEvidence(grade: .derived, flags: f.subtracting([.headword, .host])) }
        }
        for s in spellings {
            if WordTemplates.isVerbalNoun(s) { return StemEvidence(grade: .derived, flags: [.exact, .nominal]) }
            if !beforeEnclitic, WordTemplates.isImperfectVerb(s) {
                return StemEvidence(grade: .derived, flags: [.exact, .verbal, .imperfect])
            }
        }
        for s in spellings {
            if let f = derived(s, genitive: genitive) { return StemEvidence(grade: .derived, flags: f) }
        }
        // a written ة is never the ه of another word (كبوة is not ك + بوه); short keys collide
        // too often, except for a dropped initial hamza (اكد for أكد, ان for أن)
        for s in spellings where s.last != L.tehMarbuta && (s.count >= 4 || s.first.map(LetterCode.loose) == L.alef) {
            let f = lexicon.flags(Self.loose(s))
            if f.contains(.loose) { return StemEvidence(grade: .loose, flags: f) }
            if Self.hasArticle(s), s.count >= 4, lexicon.flags(Self.loose(s.dropFirst(2))).contains(.loose) {
                return StemEvidence(grade: .loose, flags: [])
            }
        }
        return StemEvidence(grade: .unknown, flags: [])
    }

    /// A known noun or adjective under an inflection suffix, with or without ال.
    private func derived(_ word: ArraySlice<UInt8>, genitive: Bool) -> WordFlags? {
        var bases = [word]
        if Self.hasArticle(word), word.count >= 6 { bases.append(word.dropFirst(2)) }
        for base in bases {
            for (suffix, replacement) in Self.suffixes where base.count - suffix.count >= 3 && base.endsWith(suffix) {
                if genitive, suffix == [L.alef] { continue }
                let f = lexicon.flags(base.dropLast(suffix.count) + replacement)
                if f.contains(.exact), f.contains(.nominal), !f.contains(.function) {
                    return f.intersection([.exact, .nominal])  // a noun or adjective, never a verb
                }
            }
        }
        return nil
    }

    /// Whether `word` starts with the article ال.
    static func hasArticle(_ word: ArraySlice<UInt8>) -> Bool {
        word.count >= 2 && word[word.startIndex] == L.alef && word[word.startIndex + 1] == L.lam
    }

    static func loose(_ word: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        ArraySlice(word.map(LetterCode.loose))
    }
}

extension ArraySlice where Element == UInt8 {
    /// Whether the slice ends with the letters `suffix`.
    func endsWith(_ suffix: [UInt8]) -> Bool {
        count >= suffix.count && self.suffix(suffix.count).elementsEqual(suffix)
    }
}
