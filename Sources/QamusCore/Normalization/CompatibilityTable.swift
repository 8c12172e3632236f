import CQamusICU

/// NFKC expansions of the compatibility characters that occur in pasted news
/// text: Arabic presentation forms (ﻻ → لا, ﷲ → الله), Latin ligatures,
/// full-width forms, no-break spaces. Computed once from ICU.
enum CompatibilityTable {
    private static let ranges: [ClosedRange<UInt32>] = [
        0x00A0...0x00BF, 0x2000...0x200A, 0x2024...0x2026, 0x202F...0x202F, 0x205F...0x205F,
        0x2460...0x24FF, 0xFB00...0xFB4F, 0xFB50...0xFDFF, 0xFE10...0xFE6F, 0xFE70...0xFEFE,
        0xFF01...0xFFEE,
    ]

    private static let table: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        for range in ranges {
            for v in range {
                guard let s = Unicode.Scalar(v) else { continue }
                let folded = ICU.normalize(String(Character(s)), form: QAMUS_ICU_NFKC)
                let scalars = Array(folded.unicodeScalars)
                if scalars != [s] { table[v] = scalars }
            }
        }
        return table
    }()

    /// The NFKC expansion of `s`, or `nil` when `s` is unchanged by NFKC.
    @inline(__always)
    static func expansion(of s: Unicode.Scalar) -> [Unicode.Scalar]? {
        let v = s.value
        if v < 0x00A0 || (v >= 0x0300 && v < 0x2000) { return nil }
        return table[v]
    }
}

/// Latin letters with diacritics to their ASCII base (ğ → g, é → e, ø → o, ß → ss).
enum LatinFolding {
    private static let table: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        let extra: [UInt32: String] = [
            0x00D8: "O", 0x00F8: "o", 0x0141: "L", 0x0142: "l", 0x00DF: "ss", 0x00C6: "AE",
            0x00E6: "ae", 0x0152: "OE", 0x0153: "oe", 0x0131: "i", 0x0110: "D", 0x0111: "d",
            0x00D0: "D", 0x00F0: "d", 0x00DE: "Th", 0x00FE: "th", 0x02BC: "'", 0x02BF: "'",
            0x02BE: "'",
        ]
        for (k, v) in extra { table[k] = Array(v.unicodeScalars) }
        for range: ClosedRange<UInt32> in [0x00C0...0x024F, 0x1E00...0x1EFF] {
            for v in range where table[v] == nil {
                guard let s = Unicode.Scalar(v) else { continue }
                let decomposed = ICU.normalize(String(Character(s)), form: QAMUS_ICU_NFD)
                let base = decomposed.unicodeScalars.filter { !(0x0300...0x036F).contains($0.value) }
                if let first = base.first, first.value < 0x80, base.count == 1 {
                    table[v] = [first]
                }
            }
        }
        return table
    }()

    /// The ASCII base of `s`, or `nil` when `s` is not a decorated Latin letter.
    @inline(__always)
    static func base(of s: Unicode.Scalar) -> [Unicode.Scalar]? {
        let v = s.value
        guard (0x00C0...0x024F).contains(v) || (0x1E00...0x1EFF).contains(v) || v == 0x02BC
            || v == 0x02BE || v == 0x02BF else { return nil }
        return table[v]
    }
}
