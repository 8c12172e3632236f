/// A 64-bit FNV-1a hash of byte strings, finished to 32 bits: the keys of a `KeyTable`.
struct KeyHash {
    private(set) var state: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        var h = state
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        state = h
    }

    @inline(__always)
    mutating func add(byte: UInt8) { state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }

    @inline(__always)
    var value: UInt32 {
        var h = state
        h ^= h >> 33
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return UInt32(truncatingIfNeeded: h)
    }

    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h = KeyHash()
        h.add(bytes)
        return h.value
    }
}

extension KeyHash {
    /// A hash of a short byte string read eight bytes at a time (the matcher hashes every
    /// written word of every sentence; FNV's byte loop is its largest cost). Only equal within
    /// one process: never stored.
    @inline(__always)
    static func ofWord(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var i = 0
        while i + 8 <= bytes.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xff51_afd7_ed55_8ccd
            h ^= h >> 32
            i += 8
        }
        if i < bytes.count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < bytes.count {
                tail |= UInt64(bytes[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ tail) &* 0xff51_afd7_ed55_8ccd
        }
        h ^= h >> 33
        h &*= 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return UInt32(truncatingIfNeeded: h)
    }
}

/// An open-addressing hash multimap from a 32-bit key hash to 31-bit values, in one
/// array of 8-byte slots. It stores no keys: callers check each value found
/// against their own key (the table only narrows the search).
struct KeyTable: Sendable {
    /// 0 for an empty slot, else `hash << 32 | (value + 1)`.
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    mutating func insert(_ value: UInt32, hash: UInt32) {
        if (count + 1) * 2 > slots.count { grow() }
        place(UInt64(hash) << 32 | UInt64(value + 1))
        count += 1
    }

    private mutating func place(_ slot: UInt64) {
        var i = Int(slot >> 32) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = slot
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        for slot in old where slot != 0 { place(slot) }
    }

    /// Calls `body` with every value stored under `hash` (and a few others) until it returns true;
    /// returns whether it did.
    @inline(__always)
    func first(hash: UInt32, where body: (UInt32) -> Bool) -> Bool {
        slots.withUnsafeBufferPointer { slots in
            var i = Int(hash) & mask
            while true {
                let slot = slots[i]
                if slot == 0 { return false }
                if UInt32(truncatingIfNeeded: slot >> 32) == hash, body(UInt32(truncatingIfNeeded: slot) - 1) { return true }
                i = (i + 1) & mask
            }
        }
    }

    /// Bytes held, for memory reports.
    var footprint: Int { 8 * slots.capacity }
}
