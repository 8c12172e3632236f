/// A closed list of words whose first alef is a connecting alef (hamzat al-wasl) and
/// must not carry hamza: verbal nouns and perfect verbs of forms VII (انفعال),
/// VIII (افتعال) and X (استفعال), and the nouns اسم، ابن، ابنة، امرأة، اثنان… .
///
/// الإجتماع → الاجتماع ("the meeting"), إستخدام → استخدام ("use"), بإسم → باسم
/// ("in the name of"). Form IV nouns keep their hamza (إعلان "announcement", إنتاج
/// "production", إسلام): the patterns below are exact, not a rule on every initial إ.
enum HamzaWaslRules {
    private static let nouns: Set<String> = [
        "إسم", "أسم", "إبن", "أبن", "إبنة", "إبنه", "إمرأة", "إمرأه", "إمرؤ", "إثنان", "إثنين", "إثنتان", "إثنتين",
        "إثنا", "إثني", "إسما", "إبنت",
        // Form VIII of و-initial roots, written with one ت: اتّفاق ("agreement"), اتّصال ("contact").
        "إتفاق", "إتصال", "إتهام", "إتجاه", "إتحاد", "إتخاذ", "إتساع", "إتضاح",
    ]
    private static let suffixes = ["", "ة", "ه", "ات", "ي", "ية", "يات", "يا", "ها", "هم", "ين", "ان", "ت", "وا", "نا"]
    /// Loanwords that happen to fit a pattern (إنترنت "internet" looks like إنترن + ت).
    private static let loanwords: Set<String> = ["إنترنت", "إنترنيت", "إستونيا", "إستوني", "إستونية"]
    private static let longVowels: Set<Unicode.Scalar> = ["\u{0627}", "\u{0648}", "\u{064A}", "\u{0649}"]
    private static let teh: Unicode.Scalar = "\u{062A}"
    private static let tah: Unicode.Scalar = "\u{0637}"
    private static let dal: Unicode.Scalar = "\u{062F}"
    private static let noon: Unicode.Scalar = "\u{0646}"
    private static let seen: Unicode.Scalar = "\u{0633}"

    /// The stem with a bare alef if it is on the list, else nil. `stem` is in
    /// orthographic form with its proclitics removed.
    static func correction(of stem: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let first = stem.first, first == ArabicWordForms.hamzaBelow || first == ArabicWordForms.hamzaAbove
        else { return nil }
        var fixed = stem
        fixed[0] = ArabicWordForms.alef
        if first == ArabicWordForms.hamzaAbove { return nouns.contains(ArabicWordForms.string(stem)) ? fixed : nil }
        if loanwords.contains(ArabicWordForms.string(stem)) { return nil }
        for suffix in suffixes {
            let cut = suffix.unicodeScalars.count
            guard stem.count - cut >= 3 else { continue }
            if !suffix.isEmpty, !stem.suffix(cut).elementsEqual(suffix.unicodeScalars) { continue }
            let base = Array(stem.dropLast(cut))
            if nouns.contains(ArabicWordForms.string(base)) || isDerivedForm(base) { return fixed }
        }
        return nil
    }

    /// Whether `w` (starting with إ) has the shape of a form VII, VIII or X verbal noun
    /// or perfect verb.
    private static func isDerivedForm(_ w: [Unicode.Scalar]) -> Bool {
        let consonant = { (s: Unicode.Scalar) in !longVowels.contains(s) && ArabicScalar.isLetter(s) }
        switch w.count {
        case 5: // perfect verbs: إنفعل, إفتعل
            let formVII = w[1] == noon && consonant(w[2]) && consonant(w[3]) && consonant(w[4])
            let formVIII = consonant(w[1]) && isInfixedTeh(w[1], w[2]) && consonant(w[3]) && consonant(w[4])
            return formVII || formVIII
        case 6: // verbal nouns إنفعال, إفتعال; perfect verb إستفعل
            let pattern = consonant(w[1]) && consonant(w[3]) && w[4] == ArabicWordForms.alef && consonant(w[5])
            let formVII = pattern && w[1] == noon && consonant(w[2])
            let formVIII = pattern && isInfixedTeh(w[1], w[2])
            let formX = w[1] == seen && w[2] == teh && consonant(w[3]) && consonant(w[4]) && consonant(w[5])
            return formVII || formVIII || formX
        case 7: // verbal noun إستفعال (and إستيراد, hollow and weak roots keep the shape)
            return w[1] == seen && w[2] == teh && ArabicScalar.isLetter(w[3]) && ArabicScalar.isLetter(w[4])
                && w[5] == ArabicWordForms.alef && consonant(w[6])
        default:
            return false
        }
    }

    /// The infixed ت of form VIII, or its assimilated forms: ط after ص ض ط ظ, د after د ذ ز.
    private static func isInfixedTeh(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        if second == teh { return true }
        if second == tah { return ["\u{0635}", "\u{0636}", "\u{0637}", "\u{0638}"].contains(first) }
        if second == dal { return ["\u{062F}", "\u{0630}", "\u{0632}"].contains(first) }
        return false
    }
}
