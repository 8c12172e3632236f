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
