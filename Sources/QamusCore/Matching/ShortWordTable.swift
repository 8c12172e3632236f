/// An open-addressing table from short folded words (1–12 letters) to numbers, each
/// slot holding the word's letters beside its number, so that finding a word reads
/// one 32-byte slot: the matcher's per-word cache is mostly memory latency.
struct ShortWordTable {
    /// Four words per slot: letters 0–3, 4–7, 8–11 (zero-padded; all zero for an empty
    /// slot), then `hash << 32 | number`.
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    /// The most letters a word may have to be held.
    static let maxLetters = 12

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: 4 * size)
        mask = size - 1
    }

    /// The number stored for `letters` (at most `maxLetters`), hashed to `hash`.
    @inline(__always)
    func number(of letters: LetterBuffer, hash: UInt32) -> Int? {
        let head = letters.head
        return slots.withUnsafeBufferPointer { slots in
            var i = Int(hash) & mask
            while true {
                let s = 4 * i
                if slots[s] == 0 { return nil }
                if slots[s] == head.0, slots[s + 1] == head.1, slots[s + 2] == head.2 {
                    return Int(UInt32(truncatingIfNeeded: slots[s + 3]))
                }
                i = (i + 1) & mask
            }
        }
    }

    /// Stores `number` for `letters` (not yet in the table).
    mutating func insert(_ letters: LetterBuffer, hash: UInt32, number: Int) {
        if (count + 1) * 2 > slots.count / 4 { grow() }
        let head = letters.head
        place(head.0, head.1, head.2, UInt64(hash) << 32 | UInt64(number))
        count += 1
    }

    private mutating func place(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) {
        var i = Int(d >> 32) & mask
        while slots[4 * i] != 0 { i = (i + 1) & mask }
        (slots[4 * i], slots[4 * i + 1], slots[4 * i + 2], slots[4 * i + 3]) = (a, b, c, d)
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: 2 * old.count)
        mask = slots.count / 4 - 1
        for s in stride(from: 0, to: old.count, by: 4) where old[s] != 0 {
            place(old[s], old[s + 1], old[s + 2], old[s + 3])
        }
    }
}
