/// A string compared and hashed by its UTF-8 bytes.
///
/// Swift's `String` hashes by canonical equivalence, which costs a normalisation
/// check on every non-ASCII hash. Matching keys are already folded by
/// `Normalizer`, so byte equality is the right equality, and much cheaper.
struct ByteKey: Hashable, Sendable {
    let string: String

    init(_ string: String) {
        var s = string
        s.makeContiguousUTF8()
        self.string = s
    }

    func hash(into hasher: inout Hasher) {
        var s = string
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        a.string.utf8.elementsEqual(b.string.utf8)
    }
}
