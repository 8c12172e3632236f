/// When two Arabic spellings are one word written two ways.
///
/// - Orthographic: equal after `Normalizer.matching` (ايران / إيران "Iran", القاهرة /
///   القاهره "Cairo"), unless both carry different hamzas (أعلام "flags" / إعلام "media").
/// - Phonetic, for foreign names: غ ج ق ك for g (شويغو / شويجو "Shoigu", غوتيريش /
///   جوتيريش "Guterres") and a long vowel written or not (بوتين / بوتن "Putin"), but not
///   where an Arabic pattern makes the vowel meaningful (كتب / كاتب, تسلم / تسليم).
///   `SourceVariantCheck` only applies it to words the Arabic word list does not know
///   (يقول "says" / يجول "roams" are two words).
enum ArabicSpellingRelations {
    private static let gLetters: Set<Unicode.Scalar> = ["\u{063A}", "\u{062C}", "\u{0642}", "\u{0643}", "\u{06AF}"]
    private static let vowels: Set<Unicode.Scalar> = ["\u{0627}", "\u{0648}", "\u{064A}"]
    private static let teh: Unicode.Scalar = "\u{062A}"
    private static let meem: Unicode.Scalar = "\u{0645}"
    private static let alef: Unicode.Scalar = "\u{0627}"

    /// Orthographic spellings (hamza kept) that share a matching key: same word unless
    /// two different hamza carriers stand at one position. A final ة against ه counts only
    /// for glossary terms (`glossaryTerm`): elsewhere ه is often the pronoun "his"
    /// (صورة "picture" / صوره "his pictures").
    static func orthographicVariants(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], glossaryTerm: Bool) -> Bool {
        guard a.count == b.count else { return true }
        for (k, (x, y)) in zip(a, b).enumerated() where x != y {
            if ArabicWordForms.isHamzatedAlef(x) && ArabicWordForms.isHamzatedAlef(y) { return false }
            if k == a.count - 1, Set([x, y]) == [tehMarbuta, heh], !glossaryTerm { return false }
        }
        return true
    }

    private static let tehMarbuta: Unicode.Scalar = "\u{0629}"
    private static let heh: Unicode.Scalar = "\u{0647}"

    /// A key that is equal for phonetic variants: g-letters as one, inner long vowels dropped.
    static func phoneticKey(_ key: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        for (i, s) in key.enumerated() {
            if gLetters.contains(s) { out.append("G") } else if i > 0, vowels.contains(s) { continue } else { out.append(s) }
        }
        return String(out)
    }

    /// Whether matching keys `a` and `b` (already with equal phonetic keys) are spellings
    /// of one foreign name rather than two Arabic words of one root.
    static func phoneticVariants(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        guard a != b, min(a.count, b.count) >= 4 else { return false }
        if a.count == b.count {
            return zip(a, b).allSatisfy { x, y in x == y || (gLetters.contains(x) && gLetters.contains(y)) }
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        guard long.count >= 5 else { return false }
        var i = 0, j = 0
        var inserted: [(Int, Unicode.Scalar)] = []
        while i < long.count {
            if j < short.count, long[i] == short[j] || (gLetters.contains(long[i]) && gLetters.contains(short[j])) {
                i += 1; j += 1
            } else if vowels.contains(long[i]) {
                inserted.append((i, long[i])); i += 1
            } else {
                return false
            }
        }
        // One vowel written or not; more is another word (كريمر / كيريموير).
        guard j == short.count, inserted.count == 1 else { return false }
        return !inserted.contains { k, v in
            k == long.count - 1                             // endings: nisba ـي (لبناني), ـا (روسيا)
                || (k == long.count - 2 && long[k + 1] == heh) // ـية against ـة (حكومية / حكومة)
                || (k <= 2 && v == alef)                    // فاعل، فعال، أفعال
                || (k == 2 && long.count <= 5)              // فعيل، فعول
                || (long[0] == teh && k == 3 && v == "\u{064A}") // تفعيل / تفعّل
                || (long[0] == meem && k == 3 && v == "\u{0648}") // مفعول / مفعل
                || (k == long.count - 2 && v == alef)       // فعلان، plurals in ـات
        }
    }
}
