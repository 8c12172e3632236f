/// A string key hashed and compared by its UTF-8 bytes: Arabic words without the cost of
/// Unicode-normalising `String` hashing (keys here are already undiacritised lexicon spellings).
struct ByteKey: Hashable, Sendable, ExpressibleByStringLiteral {
    let text: String

    init(stringLiteral value: String) { self.init(value) }

    init(_ text: String) {
        var t = text
        t.makeContiguousUTF8()
        self.text = t
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        withUTF8Bytes(a.text) { x in withUTF8Bytes(b.text) { y in sameBytes(x, y) } }
    }

    func hash(into hasher: inout Hasher) {
        withUTF8Bytes(text) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
