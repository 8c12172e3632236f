/// One byte per Arabic letter, as the word list stores its keys: U+0621…U+064A → code point - 0x600.
///
/// ء is 0x21, ا 0x27, ي 0x4A; any other scalar has no code.
enum LetterCode {
    static let hamza: UInt8 = 0x21, alefMadda: UInt8 = 0x22, alefHamzaAbove: UInt8 = 0x23
    static let wawHamza: UInt8 = 0x24, alefHamzaBelow: UInt8 = 0x25, yehHamza: UInt8 = 0x26
    static let alef: UInt8 = 0x27, beh: UInt8 = 0x28, tehMarbuta: UInt8 = 0x29, teh: UInt8 = 0x2A
    static let seen: UInt8 = 0x33, feh: UInt8 = 0x41, kaf: UInt8 = 0x43, lam: UInt8 = 0x44
    static let meem: UInt8 = 0x45, noon: UInt8 = 0x46, heh: UInt8 = 0x47, waw: UInt8 = 0x48
    static let alefMaksura: UInt8 = 0x49, yeh: UInt8 = 0x4A

    /// The code of an Arabic letter; alef wasla (ٱ) reads as alef.
    static func code(_ s: Unicode.Scalar) -> UInt8? {
        switch s.value {
        case 0x0621...0x063A, 0x0641...0x064A: return UInt8(s.value - 0x0600)
        case 0x0671: return alef
        default: return nil
        }
    }

    /// Codes of a plain Arabic string (no marks), for tables written in Swift source.
    static func encode(_ s: String) -> [UInt8] {
        s.unicodeScalars.compactMap(code)
    }

    /// The loose form of a letter: hamza carriers and alef forms → ا, ى → ي, ة → ه, ؤ → و, ئ → ي.
    static func loose(_ c: UInt8) -> UInt8 {
        switch c {
        case alefMadda, alefHamzaAbove, alefHamzaBelow: return alef
        case alefMaksura, yehHamza: return yeh
        case tehMarbuta: return heh
        case wawHamza: return waw
        default: return c
        }
    }
}
