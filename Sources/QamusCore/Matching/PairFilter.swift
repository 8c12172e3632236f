/// Rules out, with a probe or two and no table lookup, most words as the second word
/// of a multi-word glossary form whose first word the matcher has just read.
///
/// It holds a hash of every pair of first two word keys of a multi-word form
/// ("الحرس الثوري" → الحرس + الثوري), and of every two-word form whose last word
/// inflects with that word's stem instead (الحوثيون → الحوثي). A following word passes
/// when its folded key, or the stem left by one of the inflection suffixes, may be
/// such a second key. Conservative like `FirstWordFilter`: it may let a word through
/// that completes nothing, never the reverse; words it cannot fold always pass, and a
/// glossary with a form it cannot fold turns it off.
struct PairFilter: Sendable {
    private var bits = BitFilter()
    private var isActive = false

    /// A filter that lets every pair through.
    init() {}

    /// A filter over the pairs collected in `keys`.
    init(_ keys: Keys) {
        guard keys.complete, keys.count > 0 else { return }
        bits = keys.bits
        isActive = true
    }

    /// The pairs a filter is built from, added straight into a bit filter sized for
    /// `capacity` pairs while the index compiles its lookups (no list of hashes is kept).
    struct Keys {
        fileprivate var bits: BitFilter
        fileprivate var count = 0
        fileprivate var complete = true

        init(capacity: Int) { bits = BitFilter(capacity: capacity) }

        /// Adds a first word key and a second (or stem) key, both UTF-8 as `Normalizer.matching` makes them.
        mutating func add(first: UnsafeBufferPointer<UInt8>, second: UnsafeBufferPointer<UInt8>) {
            guard let a = PairFilter.keyHash(first), let b = PairFilter.keyHash(second) else {
                complete = false
                return
            }
            bits.insert(PairFilter.hash(a, b))
            count += 1
        }
    }

    /// The hash a first word key is probed with; nil when the filter cannot fold it
    /// (then every following word passes).
    static func firstHash(of key: String) -> UInt64? {
        withUTF8Bytes(key) { keyHash($0) }
    }

    /// Whether the word `text[range]` may be the second word of a form whose first word
    /// key hashed to `first`: as written or, with `stems`, with an inflection suffix split off.
    @inline(__always)
    func mayFollow(_ first: UInt64?, _ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, stems: Bool) -> Bool {
        guard isActive, let first else { return true }
        var letters = LetterBuffer()
        guard FirstWordFilter.fold(text, range, into: &letters), letters.count > 0 else { return true }
        if bits.mayHold(Self.hash(first, LetterHash.of(letters, from: 0))) { return true }
        guard stems else { return false }
        // The same splits as `MatchKeyVariants.suffixSplits`.
        for suffix in Self.suffixes where letters.count > suffix.count + 1 && Self.ends(letters, with: suffix) {
            if bits.mayHold(Self.hash(first, LetterHash.of(letters, from: 0, to: letters.count - suffix.count))) { return true }
        }
        return false
    }

    private static let suffixes: [[UInt16]] = MatchKeyVariants.inflectionSuffixes.map { $0.map { UInt16($0.value) } }

    @inline(__always)
    private static func ends(_ letters: LetterBuffer, with suffix: [UInt16]) -> Bool {
        let start = letters.count - suffix.count
        for (k, c) in suffix.enumerated() where letters[start + k] != c { return false }
        return true
    }

    private static func keyHash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var letters = LetterBuffer()
        guard FirstWordFilter.decodeKey(key, into: &letters) else { return nil }
        return LetterHash.of(letters, from: 0)
    }

    @inline(__always)
    private static func hash(_ first: UInt64, _ second: UInt64) -> UInt64 {
        var h = (first &* 0x9E37_79B9_7F4A_7C15) ^ second
        h ^= h >> 31
        h &*= 0xbf58_476d_1ce4_e5b9
        h ^= h >> 29
        return h
    }

    /// Bytes held, for memory reports.
    var footprint: Int { bits.footprint }
}
