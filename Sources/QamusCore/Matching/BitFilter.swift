/// A blocked Bloom filter over 64-bit hashes: two bits of one 64-bit word per hash,
/// about 16 bits per hash (roughly 2% false positives per probe). It answers "maybe"
/// or "surely not", with one memory read.
struct BitFilter: Sendable {
    private var bits: [UInt64]
    private var mask: UInt64

    /// A filter that holds everything.
    init() {
        bits = [UInt64.max]
        mask = 63
    }

    /// A filter holding `hashes`.
    init(_ hashes: [UInt64]) {
        self.init(capacity: hashes.count)
        for hash in hashes { insert(hash) }
    }

    /// An empty filter sized for `capacity` hashes (about 16 bits each).
    init(capacity: Int) {
        var size = 64
        while size < capacity * 16 { size <<= 1 }
        bits = Array(repeating: 0, count: size / 64)
        mask = UInt64(size - 1)
    }

    /// Adds `hash`.
    mutating func insert(_ hash: UInt64) {
        bits[Int((hash & mask) >> 6)] |= Self.pair(hash)
    }

    /// Whether `hash` may have been added (false: it surely was not).
    @inline(__always)
    func mayHold(_ hash: UInt64) -> Bool {
        let pair = Self.pair(hash)
        return bits.withUnsafeBufferPointer { $0[Int((hash & mask) >> 6)] } & pair == pair
    }

    /// Two bits of one 64-bit word, from the hash's high bits (the low bits pick the word).
    @inline(__always)
    private static func pair(_ hash: UInt64) -> UInt64 { 1 << ((hash >> 40) & 63) | 1 << ((hash >> 50) & 63) }

    /// Bytes held, for memory reports.
    var footprint: Int { 8 * bits.capacity }
}
