/// Up to 32 folded scalars on the stack (longer words always pass the filter).
struct LetterBuffer {
    /// 32 letters.
    private var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    private(set) var count = 0

    @inline(__always)
    subscript(i: Int) -> UInt16 {
        // Element by element, not through `withUnsafeBytes(of:)`, which copies the whole
        // tuple to memory on every read.
        let word: UInt64
        switch i >> 2 {
        case 0: word = storage.0
        case 1: word = storage.1
        case 2: word = storage.2
        case 3: word = storage.3
        case 4: word = storage.4
        case 5: word = storage.5
        case 6: word = storage.6
        default: word = storage.7
        }
        return UInt16(truncatingIfNeeded: word >> (16 * UInt64(i & 3)))
    }

    @inline(__always)
    mutating func append(_ c: UInt16) -> Bool {
        guard count < 32 else { return false }
        let bits = UInt64(c) << (16 * UInt64(count & 3))
        switch count >> 2 {
        case 0: storage.0 |= bits
        case 1: storage.1 |= bits
        case 2: storage.2 |= bits
        case 3: storage.3 |= bits
        case 4: storage.4 |= bits
        case 5: storage.5 |= bits
        case 6: storage.6 |= bits
        default: storage.7 |= bits
        }
        count += 1
        return true
    }

    /// The first 16 letters as four words, zero past the last letter (letters are never 0).
    @inline(__always)
    var head: (UInt64, UInt64, UInt64, UInt64) { (storage.0, storage.1, storage.2, storage.3) }

    /// Calls `body` with the letters as UTF-16 code units (all below U+0700, so a valid string).
    @inline(__always)
    func withLetters<R>(_ body: (UnsafeBufferPointer<UInt16>) -> R) -> R {
        withUnsafeBytes(of: storage) { raw in
            UnsafeRawBufferPointer(rebasing: raw[0..<2 * count]).withMemoryRebound(to: UInt16.self, body)
        }
    }
}

/// A 64-bit hash of a run of letters (only compared within one process), taken from
/// the last letter backwards one letter at a time, so one pass over a word yields the
/// hash of every run that ends with it (each reading of the word, clitics off).
enum LetterHash {
    static let seed: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The state after one more letter, in front of the letters already hashed.
    @inline(__always)
    static func step(_ h: UInt64, _ letter: UInt16) -> UInt64 {
        let m = (h ^ UInt64(letter)) &* 0xff51_afd7_ed55_8ccd
        return m << 27 | m >> 37
    }

    /// The hash of a run of `length` letters whose state is `h`.
    @inline(__always)
    static func finish(_ h: UInt64, length: Int) -> UInt64 {
        var h = h ^ UInt64(truncatingIfNeeded: length) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 33
        h &*= 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }

    /// The hash of `letters[start..<end]` (end: the last letter by default).
    @inline(__always)
    static func of(_ letters: LetterBuffer, from start: Int, to end: Int? = nil) -> UInt64 {
        let end = end ?? letters.count
        var h = seed
        var i = end - 1
        while i >= start {
            h = step(h, letters[i])
            i -= 1
        }
        return finish(h, length: end - start)
    }
}

/// The hash the first-word filter keeps for a run of letters. A run of up to twelve letters
/// is read as twelve 16-bit lanes, the first letter lowest, each letter cut to its 11 bits
/// and the lanes past the run 0 (letters are below U+0700 and never 0, so the lanes are the
/// run itself), and mixed; a longer run takes `LetterHash`. A word folded into a buffer
/// with zeros after it so gives every reading (clitics off the front) by three loads at the
/// reading's first letter: وبالحرس from its fourth letter is حرس.
enum RunHash {
    /// The longest run hashed from its lanes.
    static let maxLaned = 12
    /// A letter's 11 bits (letters are below U+0700), without what the filter stores above them.
    static let letterMask: UInt16 = 0x7FF
    /// `letterMask` in each of four lanes.
    static let laneMask = UInt64(letterMask) &* 0x0001_0001_0001_0001

    /// The hash of a run given as lanes: `low` holds letters 0–3, `middle` 4–7, `high` 8–11.
    @inline(__always)
    static func of(low: UInt64, middle: UInt64, high: UInt64) -> UInt64 {
        // One full-width multiply mixes every bit into the high half; folding the halves
        // gives well-mixed low bits too (the bit filter reads both ends).
        let mixed = low ^ 0x9E37_79B9_7F4A_7C15 ^ middle &* 0xc4ce_b9fe_1a85_ec53 ^ high &* 0xd6e8_feb8_6659_fd93
        let product = mixed.multipliedFullWidth(by: 0xff51_afd7_ed55_8ccd)
        return product.high ^ product.low
    }

    /// The hash of the run of up to `maxLaned` letters at `start`, read as lanes; the
    /// letters after the run must be 0 up to twelve places from `start`.
    @inline(__always)
    static func of(lanesAt start: UnsafeRawPointer) -> UInt64 {
        of(low: start.loadUnaligned(as: UInt64.self) & laneMask,
           middle: start.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & laneMask,
           high: start.loadUnaligned(fromByteOffset: 16, as: UInt64.self) & laneMask)
    }

    /// The hash of `letters`.
    static func of(_ letters: UnsafeBufferPointer<UInt16>) -> UInt64 {
        if letters.count <= maxLaned {
            var lanes: (UInt64, UInt64, UInt64) = (0, 0, 0)
            withUnsafeMutableBytes(of: &lanes) { $0.copyMemory(from: UnsafeRawBufferPointer(letters)) }
            return of(low: lanes.0 & laneMask, middle: lanes.1 & laneMask, high: lanes.2 & laneMask)
        }
        var h = LetterHash.seed
        var i = letters.count - 1
        while i >= 0 {
            h = LetterHash.step(h, letters[i] & letterMask)
            i -= 1
        }
        return LetterHash.finish(h, length: letters.count)
    }

    /// The hash of `letters[start...]`.
    static func of(_ letters: LetterBuffer, from start: Int) -> UInt64 {
        letters.withLetters { of(UnsafeBufferPointer(rebasing: $0[start...])) }
    }
}
