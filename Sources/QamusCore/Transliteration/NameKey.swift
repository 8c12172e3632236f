/// A word or phrase in `Normalizer.matching` form, as scalars and a 64-bit hash:
/// lexicon lookups hash scalars instead of building and hashing Strings.
///
/// ```swift
/// NameKey("بُوتِين") == NameKey("بوتين")   // diacritics folded
/// ```
struct NameKey: Hashable, Sendable {
    /// The folded scalars (diacritics gone, أ/إ/آ → ا, ى → ي, ة → ه, …).
    var scalars: [Unicode.Scalar]
    /// FNV-1a over the scalars, finalised.
    var hash: UInt64

    init(_ text: some StringProtocol) {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count / 2 + 1)
        for s in text.unicodeScalars { Normalizer.matching.appendFolded(s) { out.append($0) } }
        self.init(scalars: out)
    }

    init(scalars: some Collection<Unicode.Scalar>) {
        self.scalars = Array(scalars)
        hash = Self.hash(of: self.scalars)
    }

    static func hash(of scalars: some Sequence<Unicode.Scalar>) -> UInt64 {
        var h: UInt64 = 0xCBF29CE484222325
        for s in scalars { h = (h ^ UInt64(s.value)) &* 0x100000001B3 }
        return GraphoneModel.mix(h)
    }

    /// Keys joined by a space (multi-word lexicon phrases).
    static func phrase(_ keys: ArraySlice<NameKey>) -> NameKey {
        var all: [Unicode.Scalar] = []
        for (i, k) in keys.enumerated() {
            if i > 0 { all.append(" ") }
            all.append(contentsOf: k.scalars)
        }
        return NameKey(scalars: all)
    }

    var count: Int { scalars.count }
    var isEmpty: Bool { scalars.isEmpty }

    /// Whether the key starts with these scalars.
    func starts(with prefix: [Unicode.Scalar]) -> Bool { scalars.starts(with: prefix) }

    /// The key without its first `n` scalars.
    func dropping(_ n: Int) -> NameKey { NameKey(scalars: scalars.dropFirst(n)) }

    /// Equal to a literal already in matching form.
    func `is`(_ literal: [Unicode.Scalar]) -> Bool { scalars == literal }

    static func == (a: NameKey, b: NameKey) -> Bool { a.hash == b.hash && a.scalars == b.scalars }
    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}

/// Matching-form literals the conventions test for.
enum NameParticle {
    static let abd = Array("عبد".unicodeScalars)
    static let allah = Array("الله".unicodeScalars)
    static let article = Array("ال".unicodeScalars)
}
