/// A Bloom filter over byte strings: answers "certainly absent" for most keys a
/// lexicon does not hold, so a failed lookup (a name, a misspelling, one of the
/// dozens of clitic splits tried per word) costs a few bit tests, not a binary search.
///
/// Sized at about 16 bits per key with three probes: roughly 1 false "maybe" in 300.
final class KeyFilter: Sendable {
    private let words: [UInt64]
    private let mask: UInt64

    /// A filter holding `count` keys, each delivered to `add` by `forEachKey`.
    init(count: Int, forEachKey: ((UnsafeRawBufferPointer) -> Void) -> Void) {
        var bitCount = 64
        while bitCount < max(1, count) * 16 { bitCount <<= 1 }
        var words = [UInt64](repeating: 0, count: bitCount / 64)
        let mask = UInt64(bitCount - 1)
        forEachKey { bytes in
            var (a, b) = Self.hashes(bytes)
            for _ in 0..<3 {
                let bit = a & mask
                words[Int(bit >> 6)] |= 1 << (bit & 63)
                a &+= b
            }
        }
        self.words = words
        self.mask = mask
    }

    /// False when `bytes` is certainly not a key; true when it may be.
    func mightContain(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var (a, b) = Self.hashes(bytes)
        for _ in 0..<3 {
            let bit = a & mask
            if words[Int(bit >> 6)] & (1 << (bit & 63)) == 0 { return false }
            a &+= b
        }
        return true
    }

    /// Two hashes from one `KeyHash` pass (the second odd, so probes stay distinct).
    private static func hashes(_ bytes: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
        var h = KeyHash()
        h.add(bytes.assumingMemoryBound(to: UInt8.self))
        return (UInt64(h.value), (h.state >> 29) | 1)
    }
}
