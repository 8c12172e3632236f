/// Buckwalter transliteration: one ASCII character per Arabic letter or mark,
/// lossless and reversible (extended with P, J, V, G for پ چ ڤ گ).
///
/// ```swift
/// BuckwalterCodec.encode("قاسم")   // "qAsm"
/// BuckwalterCodec.decode("qAsm")   // "قاسم"
/// ```
public enum BuckwalterCodec {
    static let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [
        ("\u{0621}", "'"), ("\u{0622}", "|"), ("\u{0623}", ">"), ("\u{0624}", "&"), ("\u{0625}", "<"),
        ("\u{0626}", "}"), ("\u{0627}", "A"), ("\u{0628}", "b"), ("\u{0629}", "p"), ("\u{062A}", "t"),
        ("\u{062B}", "v"), ("\u{062C}", "j"), ("\u{062D}", "H"), ("\u{062E}", "x"), ("\u{062F}", "d"),
        ("\u{0630}", "*"), ("\u{0631}", "r"), ("\u{0632}", "z"), ("\u{0633}", "s"), ("\u{0634}", "$"),
        ("\u{0635}", "S"), ("\u{0636}", "D"), ("\u{0637}", "T"), ("\u{0638}", "Z"), ("\u{0639}", "E"),
        ("\u{063A}", "g"), ("\u{0640}", "_"), ("\u{0641}", "f"), ("\u{0642}", "q"), ("\u{0643}", "k"),
        ("\u{0644}", "l"), ("\u{0645}", "m"), ("\u{0646}", "n"), ("\u{0647}", "h"), ("\u{0648}", "w"),
        ("\u{0649}", "Y"), ("\u{064A}", "y"), ("\u{064B}", "F"), ("\u{064C}", "N"), ("\u{064D}", "K"),
        ("\u{064E}", "a"), ("\u{064F}", "u"), ("\u{0650}", "i"), ("\u{0651}", "~"), ("\u{0652}", "o"),
        ("\u{0670}", "`"), ("\u{0671}", "{"), ("\u{067E}", "P"), ("\u{0686}", "J"), ("\u{06A4}", "V"),
        ("\u{06AF}", "G"),
    ]
    static let forward: [Unicode.Scalar: Unicode.Scalar] = Dictionary(uniqueKeysWithValues: pairs)
    static let backward: [Unicode.Scalar: Unicode.Scalar] = Dictionary(uniqueKeysWithValues: pairs.map { ($1, $0) })

    /// Arabic letters and marks to Buckwalter; everything else is kept as it is.
    /// (Text that already holds Buckwalter's ASCII symbols is not round-trip safe.)
    public static func encode(_ arabic: String) -> String {
        var out = String.UnicodeScalarView()
        for s in arabic.unicodeScalars { out.append(forward[s] ?? s) }
        return String(out)
    }

    /// Buckwalter back to Arabic; other characters are kept.
    public static func decode(_ buckwalter: String) -> String {
        var out = String.UnicodeScalarView()
        for s in buckwalter.unicodeScalars { out.append(backward[s] ?? s) }
        return String(out)
    }
}
