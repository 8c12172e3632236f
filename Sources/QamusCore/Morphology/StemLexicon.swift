import CQamusData

/// The clitic analyzer's word list: Wiktionary headwords and inflected forms, and
/// their loose keys, each with its `WordFlags`.
///
/// Keys are letter codes (`LetterCode`): سلطة "authority" is [0x33, 0x44, 0x37, 0x29].
/// The embedded list (`Data/morphology/stems.tsv`, about 250k keys) is indexed once,
/// on first use, into an open-addressing hash table over line offsets (a few ms).
public final class StemLexicon: @unchecked Sendable {
    // Immutable after init: safe to share between threads.
    private let bytes: [UInt8]
    private let slots: [UInt32]
    private let mask: Int

    /// The embedded word list.
    public static let shared: StemLexicon = {
        guard let start = qamus_data_morphology_stems() else { return StemLexicon(listing: []) }
        let buffer = UnsafeBufferPointer(start: start, count: qamus_data_morphology_stems_size())
        return StemLexicon(listing: Array(buffer))
    }()

    /// A lexicon over `listing`: lines of `key<TAB>flags`, keys in letter codes.
    public init(listing: [UInt8]) {
        bytes = listing
        var lineStarts: [UInt32] = []
        lineStarts.reserveCapacity(listing.count / 10)
        var start = 0
        for i in listing.indices where listing[i] == 0x0A {
            if i > start { lineStarts.append(UInt32(start)) }
            start = i + 1
        }
        if start < listing.count { lineStarts.append(UInt32(start)) }
        var size = 1024
        while size < lineStarts.count * 2 { size <<= 1 }
        mask = size - 1
        var table = [UInt32](repeating: 0, count: size)
        for offset in lineStarts {
            var i = Int(StemLexicon.hash(listing, from: Int(offset))) & (size - 1)
            while table[i] != 0 { i = (i + 1) & (size - 1) }
            table[i] = offset + 1
        }
        slots = table
    }

    /// A lexicon over text lines `word<TAB>flags` in Arabic letters (for tests and tools).
    public convenience init(arabicLines: String) {
        var listing: [UInt8] = []
        for scalar in arabicLines.unicodeScalars {
            if let c = LetterCode.code(scalar) { listing.append(c) } else if scalar.isASCII { listing.append(UInt8(scalar.value)) }
        }
        self.init(listing: listing)
    }

    /// The flags of `key` (letter codes); empty when the key is unknown.
    public func flags(_ key: ArraySlice<UInt8>) -> WordFlags {
        if key.isEmpty { return [] }
        var h: UInt32 = 2_166_136_261
        for b in key { h = (h ^ UInt32(b)) &* 16_777_619 }
        var i = Int(h) & mask
        while true {
            let slot = slots[i]
            if slot == 0 { return [] }
            let offset = Int(slot - 1)
            if matches(key, at: offset) { return parseFlags(at: offset + key.count + 1) }
            i = (i + 1) & mask
        }
    }

    /// The flags of `key` (letter codes).
    public func flags(_ key: [UInt8]) -> WordFlags { flags(key[...]) }

    /// The flags of an Arabic word written without marks; empty when it has other characters.
    public func flags(of word: String) -> WordFlags {
        var key: [UInt8] = []
        for s in word.unicodeScalars {
            guard let c = LetterCode.code(s) else { return [] }
            key.append(c)
        }
        return flags(key)
    }

    private func matches(_ key: ArraySlice<UInt8>, at offset: Int) -> Bool {
        var j = offset
        for b in key {
            if j >= bytes.count || bytes[j] != b { return false }
            j += 1
        }
        return j < bytes.count && bytes[j] == 0x09
    }

    private func parseFlags(at offset: Int) -> WordFlags {
        var value: UInt16 = 0
        var j = offset
        while j < bytes.count, bytes[j] >= 0x30, bytes[j] <= 0x39 {
            value = value &* 10 &+ UInt16(bytes[j] - 0x30)
            j += 1
        }
        return WordFlags(rawValue: value)
    }

    private static func hash(_ bytes: [UInt8], from offset: Int) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        var j = offset
        while j < bytes.count, bytes[j] != 0x09, bytes[j] != 0x0A {
            h = (h ^ UInt32(bytes[j])) &* 16_777_619
            j += 1
        }
        return h
    }
}
