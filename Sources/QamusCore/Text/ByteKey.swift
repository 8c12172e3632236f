import Foundation

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
        let same: Bool?? = a.text.utf8.withContiguousStorageIfAvailable { x in
            b.text.utf8.withContiguousStorageIfAvailable { y in
                guard x.count == y.count else { return false }
                guard let p = x.baseAddress, let q = y.baseAddress else { return true }
                return memcmp(p, q, x.count) == 0
            }
        }
        if let same, let same { return same }
        return a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) {
            return done
        }
        for b in text.utf8 { hasher.combine(b) }
    }
}
