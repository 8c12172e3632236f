/// The loose spelling key of the lexicon: hamza/alef forms, ى/ي, ة/ه and ؤ/ئ folded.
///
/// `LooseKey.fold("مسئولية")` == `LooseKey.fold("مسؤولية")` == "مسءوليه" (responsibility).
enum LooseKey {
    static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u.value {
            case 0x0623, 0x0625, 0x0622, 0x0671: out.append("\u{0627}")  // أ إ آ ٱ → ا
            case 0x0649: out.append("\u{064A}")  // ى → ي
            case 0x0629: out.append("\u{0647}")  // ة → ه
            case 0x0624, 0x0626: out.append("\u{0621}")  // ؤ ئ → ء
            default: out.append(u)
            }
        }
        return String(out)
    }
}
