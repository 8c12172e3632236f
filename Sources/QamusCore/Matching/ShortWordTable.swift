/// A short folded word (1–10 letters, each below U+0700) packed into two 64-bit words:
/// 11 bits per letter, five letters per word, zero past the last letter (letters are
/// never 0). The packing is the word's identity in `ShortWordTable`.
struct PackedLetters: Equatable {
    private(set) var low: UInt64 = 0
    private(set) var high: UInt64 = 0
    private(set) var count = 0

    /// The most letters a packed word holds.
    static let maxLetters = 10

    /// Adds a letter (below U+0700); false when the word is already full.
    @inline(__always)
    mutating func append(_ letter: UInt16) -> Bool {
        guard count < Self.maxLetters else { return false }
        let bits = UInt64(letter & 0x7FF)
        if count < 5 { low |= bits << (11 * UInt64(count)) } else { high |= bits << (11 * UInt64(count - 5)) }
        count += 1
        return true
    }

    /// The letters, in order.
    var letters: [UInt16] {
        (0..<count).map { i in UInt16(truncatingIfNeeded: (i < 5 ? low >> (11 * UInt64(i)) : high >> (11 * UInt64(i - 5))) & 0x7FF) }
    }

    /// A well-mixed hash of the two words.
    @inline(__always)
    var hash: UInt64 { Self.hash(low, high) }

    @inline(__always)
    fileprivate static func hash(_ low: UInt64, _ high: UInt64) -> UInt64 {
        var h = (low ^ 0x9E37_79B9_7F4A_7C15) &* 0xff51_afd7_ed55_8ccd
        h = (h ^ high ^ h >> 29) &* 0xc4ce_b9fe_1a85_ec53
        return h ^ h >> 32
    }
}

/// An open-addressing table from short folded words to numbers, each slot 16 bytes: the
/// word's packed letters with its number in their top bits, so that finding a word reads
/// one slot of a table small enough to stay in cache (the matcher's per-word lookups are
/// mostly memory latency).
struct ShortWordTable {
    /// Two words per slot: `PackedLetters.low` and `.high` (55 bits each; all zero for an
    /// empty slot), each with 9 bits of the number above.
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    /// Numbers the table can hold: 18 bits.
    static let numberLimit = 1 << 18
    private static let letterBits: UInt64 = (1 << 55) - 1

    init(capacity: Int = 1024) {
        var size = 16
        while size * 3 < capacity * 4 { size <<= 1 }
        slots = Array(repeating: 0, count: 2 * size)
        mask = size - 1
    }

    /// The number stored for `word`.
    @inline(__always)
    func number(of word: PackedLetters) -> Int? {
        let (low, high) = (word.low, word.high)
        return slots.withUnsafeBufferPointer { slots in
            var i = Int(truncatingIfNeeded: word.hash) & mask
            while true {
                let a = slots[2 * i]
                if a == 0 { return nil }
                let b = slots[2 * i + 1]
                if a & Self.letterBits == low, b & Self.letterBits == high {
                    return Int(a >> 55 | (b >> 55) << 9)
                }
                i = (i + 1) & mask
            }
        }
    }

    /// Stores `number` (below `numberLimit`) for `word` (not yet in the table); false when
    /// the number is too large to hold.
    @discardableResult
    mutating func insert(_ word: PackedLetters, number: Int) -> Bool {
        guard number >= 0, number < Self.numberLimit, word.count > 0 else { return false }
        if (count + 1) * 4 > (mask + 1) * 3 { grow() }
        let n = UInt64(number)
        place(word.low | (n & 0x1FF) << 55, word.high | (n >> 9) << 55)
        count += 1
        return true
    }

    private mutating func place(_ a: UInt64, _ b: UInt64) {
        var i = Int(truncatingIfNeeded: PackedLetters.hash(a & Self.letterBits, b & Self.letterBits)) & mask
        while slots[2 * i] != 0 { i = (i + 1) & mask }
        slots[2 * i] = a
        slots[2 * i + 1] = b
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: 2 * old.count)
        mask = slots.count / 2 - 1
        for s in stride(from: 0, to: old.count, by: 2) where old[s] != 0 {
            place(old[s], old[s + 1])
        }
    }
}
