/// Glossary entries compiled for matching: every Arabic form of every entry as a
/// sequence of word keys, hashed by its first key, so the cost of matching a
/// word does not grow with the glossary's size.
///
/// Compact: keys, forms and English renderings live in a few UTF-8 arenas,
/// patterns and entries in flat integer arrays, lookups in open-addressing
/// tables of 8-byte slots. A million entries take about 150 MB. Build one with
/// `init(entries:)` or, streaming rows without `GlossaryEntry` values, a `Builder`.
public struct TermIndex: Sendable {
    /// How an entry's last word may inflect (إيراني → إيرانية, إيرانيين; الحوثيون → الحوثيين).
    enum Inflection: UInt8, Sendable {
        case none = 0
        /// Sound plurals: the stem is the key minus ون/ين, which alternate (الحوثيون → الحوثيين).
        case soundPlural
        /// Nisba adjectives: the stem is the whole key (إيراني → إيرانية, إيرانيين).
        case nisba
        /// Feminine terms: the stem is the key minus ة (مفاوضة → مفاوضات).
        case tehMarbuta

        /// UTF-8 bytes the stem lacks from the key.
        var strippedBytes: Int { self == .soundPlural ? 4 : self == .tehMarbuta ? 2 : 0 }

        /// Suffixes (as keys: ة is ه) the stem accepts.
        var suffixes: Set<String> { Self.suffixSets[Int(rawValue)] }

        private static let suffixSets: [Set<String>] = [
            [], ["ون", "ين"], ["ه", "ين", "ون", "ات", "ان", "تين", "تان", "ا"], ["ه", "ات", "تان", "تين"],
        ]
    }

    // Entries, in glossary order.
    var entryIDs: [Int64] = []
    var english = TextColumn()
    var entryType: [Int32] = []
    /// -1 for no domain.
    var entryDomain: [Int32] = []
    /// Types and domains, interned.
    var labels: [String] = []
    /// The forms of entry `e` are `forms[entryFormStart[e]..<entryFormStart[e + 1]]`, preferred first.
    var entryFormStart: [UInt32] = [0]
    var forms = TextColumn()
    /// The entries as given to `init(entries:)`, when they were (they keep every field).
    var given: [GlossaryEntry]?

    // Patterns: distinct Arabic forms by their joined word keys.
    /// Word keys of pattern `p`, joined by single spaces.
    var patternKeys = TextColumn()
    /// The form (index into `forms`) that first gave the pattern.
    var patternForm: [UInt32] = []
    /// The first entry with the pattern; more in `moreEntries`.
    var patternEntry: [Int32] = []
    var moreEntries: [Int32: [Int32]] = [:]
    /// `words << 2 | inflection`.
    var patternShape: [UInt16] = []

    // Lookups (values are pattern numbers; keys are checked against `patternKeys`).
    /// Every pattern by its whole joined key (so single-word patterns by their key).
    var singles = KeyTable(capacity: 0)
    /// Single-word inflectable patterns by inflection stem.
    var stems = KeyTable(capacity: 0)
    /// One multi-word pattern per distinct first key.
    var firsts = KeyTable(capacity: 0)
    /// Multi-word patterns by their first two keys; with `stemPairFlag`, two-word
    /// patterns by their first key and the inflection stem of their last.
    var pairs = KeyTable(capacity: 0)
    static let stemPairFlag: UInt32 = 1 << 31

    /// Rules out most written words as first words before any table lookup.
    var firstWordFilter = FirstWordFilter()
    /// Rules out most following words as second words of a multi-word form.
    var pairFilter = PairFilter()

    /// Whether some two-word form has an inflecting last word (then the matcher also
    /// looks pairs up by the second word's stem).
    var hasInflectedPairs = false

    /// The number of distinct Arabic forms indexed.
    public var formCount: Int { patternShape.count }

    /// The number of entries.
    public var entryCount: Int { entryIDs.count }

    /// Compiles `entries`, keeping them whole. Entries whose forms have no word are skipped.
    public init(entries: [GlossaryEntry]) {
        var builder = Builder(expectedEntries: entries.count)
        for entry in entries { builder.add(entry) }
        self = builder.build()
        given = entries
    }

    init() {}

    /// The entries, in glossary order. Built by a `Builder`, each has what matching
    /// and drafting read (id, Arabic forms, English, type, domain) and all are
    /// rebuilt on every call: prefer `entry(at:)`.
    public var entries: [GlossaryEntry] { given ?? (0..<entryCount).map(entry(at:)) }

    /// Entry number `e` (in glossary order).
    public func entry(at e: Int) -> GlossaryEntry {
        if let given { return given[e] }
        let first = Int(entryFormStart[e]), end = Int(entryFormStart[e + 1])
        let id = entryIDs[e]
        return GlossaryEntry(
            id: id == Self.noID ? nil : id, arabic: first < end ? forms.string(first) : "", english: english.string(e),
            type: labels[Int(entryType[e])], arabicVariants: first + 1 < end ? (first + 1..<end).map(forms.string) : [],
            domain: entryDomain[e] < 0 ? nil : labels[Int(entryDomain[e])])
    }

    static let noID = Int64.min

    /// Approximate bytes held by the index (without the entries given whole).
    public var footprint: Int {
        english.footprint + forms.footprint + patternKeys.footprint + singles.footprint + stems.footprint
            + firsts.footprint + pairs.footprint + firstWordFilter.footprint + pairFilter.footprint + 8 * entryIDs.capacity + 4 * (entryType.capacity + entryDomain.capacity
            + entryFormStart.capacity + patternForm.capacity + patternEntry.capacity) + 2 * patternShape.capacity
            + 48 * moreEntries.count
    }
}

// MARK: - Reading patterns

extension TermIndex {
    @inline(__always) func wordCount(_ p: Int) -> Int { Int(patternShape[p] >> 2) }
    @inline(__always) func inflection(_ p: Int) -> Inflection { Inflection(rawValue: UInt8(patternShape[p] & 3)) ?? .none }

    /// The form of pattern `p` as the glossary spells it.
    func form(_ p: Int) -> String { forms.string(Int(patternForm[p])) }

    /// The entries with pattern `p`, in glossary order.
    func entryNumbers(_ p: Int) -> [Int] {
        [Int(patternEntry[p])] + (moreEntries[Int32(p)] ?? []).map(Int.init)
    }

    /// The byte range of word `w` of pattern `p` within `key`'s bytes.
    @inline(__always)
    static func wordRange(_ w: Int, in key: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0, word = 0
        for i in 0..<key.count where key[i] == 0x20 {
            if word == w { return start..<i }
            word += 1
            start = i + 1
        }
        return word == w ? start..<key.count : key.count..<key.count
    }

    /// Whether word `w` of pattern `p` is `key`.
    func word(_ w: Int, of p: Int, is key: String) -> Bool {
        patternKeys.withBytes(p) { bytes in
            withUTF8Bytes(key) { k in
                let r = Self.wordRange(w, in: bytes)
                return UnsafeBufferPointer(rebasing: bytes[r]).elementsEqual(k)
            }
        }
    }

    /// Whether a written key is the pattern's last word, as is or inflected; returns the suffix.
    func lastWord(_ key: String, matches p: Int) -> String? {
        let inflection = self.inflection(p)
        return patternKeys.withBytes(p) { bytes -> String? in
            let target = UnsafeBufferPointer(rebasing: bytes[Self.wordRange(wordCount(p) - 1, in: bytes)])
            return withUTF8Bytes(key) { k -> String? in
                if k.elementsEqual(target) { return "" }
                if inflection != .none {
                    let stem = UnsafeBufferPointer(rebasing: target.dropLast(inflection.strippedBytes))
                    if k.count > stem.count, k.prefix(stem.count).elementsEqual(stem) {
                        let suffix = String(decoding: UnsafeBufferPointer(rebasing: k[stem.count...]), as: UTF8.self)
                        if inflection.suffixes.contains(suffix) { return suffix }
                    }
                }
                // Latin plurals of designators: S-300S, F-16s.
                if k.last == UInt8(ascii: "s"), k.dropLast().elementsEqual(target),
                   String(decoding: target, as: UTF8.self).contains(where: \.isNumber) {
                    return "s"
                }
                return nil
            }
        }
    }
}

// MARK: - Lookups

extension TermIndex {
    /// The single-word pattern with this key.
    func single(_ key: String) -> Int? {
        withUTF8Bytes(key) { k in
            var found: Int?
            _ = singles.first(hash: KeyHash.of(k)) { p in
                let hit = patternKeys.withBytes(Int(p)) { $0.elementsEqual(k) }
                if hit { found = Int(p) }
                return hit
            }
            return found
        }
    }

    /// Single-word inflectable patterns whose stem is `stem` and which accept `suffix`.
    func inflected(stem: String, suffix: String, _ body: (Int) -> Void) {
        guard stems.count > 0 else { return }
        withUTF8Bytes(stem) { k in
            _ = stems.first(hash: KeyHash.of(k)) { p in
                let p = Int(p)
                let inflection = self.inflection(p)
                let hit = patternKeys.withBytes(p) { $0.dropLast(inflection.strippedBytes).elementsEqual(k) }
                if hit, inflection.suffixes.contains(suffix) { body(p) }
                return false
            }
        }
    }

    /// Whether some multi-word pattern begins with the word `key`.
    func beginsMultiWord(_ key: String) -> Bool {
        guard firsts.count > 0 else { return false }
        return withUTF8Bytes(key) { k in
            firsts.first(hash: KeyHash.of(k)) { p in
                patternKeys.withBytes(Int(p)) { UnsafeBufferPointer(rebasing: $0[Self.wordRange(0, in: $0)]).elementsEqual(k) }
            }
        }
    }

    /// Multi-word patterns whose first two keys are `first` and `second` (or, for two-word
    /// forms with an inflecting last word, whose last word's stem is `second`).
    func pairs(_ first: String, _ second: String, _ body: (Int) -> Void) {
        withUTF8Bytes(first) { a in
            withUTF8Bytes(second) { b in
                var h = KeyHash()
                h.add(a)
                h.add(byte: 0x20)
                h.add(b)
                let length = a.count + 1 + b.count
                _ = pairs.first(hash: h.value) { value in
                    let p = Int(value & ~Self.stemPairFlag)
                    let hit = patternKeys.withBytes(p) { key -> Bool in
                        let prefix: Int
                        if value & Self.stemPairFlag != 0 {
                            prefix = key.count - inflection(p).strippedBytes
                        } else {
                            prefix = Self.wordRange(1, in: key).upperBound
                        }
                        return prefix == length && key.prefix(a.count).elementsEqual(a) && key[a.count] == 0x20
                            && key[(a.count + 1)..<length].elementsEqual(b)
                    }
                    if hit { body(p) }
                    return false
                }
            }
        }
    }
}
