/// A bit filter that rules out, without a table lookup, most written Arabic words
/// as the start of a glossary form: the matcher's fast path.
///
/// It holds a hash of every reading a glossary form can be found by as a first word:
/// single-word keys, first words of multi-word forms, inflectable stems with each
/// suffix they accept (مفاوض + ات), and each of these that begins with ال also
/// without its alef (لحرس, as in للحرس = ل + الحرس). A written word passes when
/// the rest of it after some proclitic run ([وف]?[بلك]?(ال|ل)?, a superset of
/// `MatchKeyVariants.readings`) may be in that set, so a word such as وقال ("and he
/// said") costs one or two probes and no table lookup unless some form is read from it.
///
/// Latin and digit keys are held too (S-300, with the designator plural S-300S).
/// The test is conservative: it can let through a word that begins nothing (the
/// matcher's exact lookup then decides), never the other way round. Words it cannot
/// fold on its own (scalars beyond ASCII and Arabic, or over 32 of them) pass.
struct FirstWordFilter: Sendable {
    private var bits: BitFilter

    /// A filter that lets every word through (an empty glossary needs none).
    init() {
        bits = BitFilter()
    }

    /// A filter over the readings collected in `keys`.
    init(_ keys: Keys) {
        bits = BitFilter(keys.hashes)
    }

    /// The readings a filter is built from, gathered while the index compiles its lookups.
    struct Keys {
        fileprivate var hashes: [UInt64] = []

        /// Adds a first-word key (UTF-8 as `Normalizer.matching` makes it), with `suffixes`
        /// (keys too) when it is an inflection stem. Keys with a scalar beyond U+06FF need
        /// no entry: words that could have such a key always pass.
        mutating func add(key: UnsafeBufferPointer<UInt8>, suffixes: Set<String> = []) {
            var letters = LetterBuffer()
            guard FirstWordFilter.decodeKey(key, into: &letters) else { return }
            if suffixes.isEmpty {
                addReading(letters)
                return
            }
            for suffix in suffixes {
                var inflected = letters
                var ok = true
                for scalar in suffix.unicodeScalars where !inflected.append(UInt16(truncatingIfNeeded: scalar.value)) { ok = false }
                if ok { addReading(inflected) }
            }
        }

        private mutating func addReading(_ letters: LetterBuffer) {
            hashes.append(LetterHash.of(letters, from: 0))
            if letters.count > 2, letters[0] == FirstWordFilter.alef, letters[1] == FirstWordFilter.lam {
                hashes.append(LetterHash.of(letters, from: 1))
            }
        }
    }

    /// Whether the written word `text[range]` may begin a glossary form. Reads the
    /// sentence's scalars, not the token's string (which may live anywhere in memory).
    @inline(__always)
    func mayBegin(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        var letters = LetterBuffer()
        guard Self.fold(text, range, into: &letters), letters.count > 0 else { return true }
        // One pass from the last letter yields every reading's hash.
        let starts = Self.readingStarts(letters)
        var h = LetterHash.seed
        var p = letters.count - 1
        while p >= 0 {
            h = LetterHash.step(h, letters[p])
            if starts & (1 << UInt32(p)) != 0, bits.mayHold(LetterHash.finish(h, length: letters.count - p)) { return true }
            p -= 1
        }
        // Latin plurals of designators: S-300S, F-16s read as S-300, F-16.
        return letters[letters.count - 1] == 0x73 && letters.containsDigit
            && bits.mayHold(LetterHash.of(letters, from: 0, to: letters.count - 1))
    }

    /// Letter offsets where a reading of the word may start, as bits: 0, and after a
    /// proclitic run shaped [وف]?[بلك]?(ال|ل)?.
    @inline(__always)
    static func readingStarts(_ letters: LetterBuffer) -> UInt32 {
        // The first four letters decide (0 past the end).
        let n = letters.count
        let l0 = letters[0], l1 = n > 1 ? letters[1] : 0, l2 = n > 2 ? letters[2] : 0, l3 = n > 3 ? letters[3] : 0
        var starts: UInt32 = 1 | afterConjunction(0, l0, l1, l2)
        if l0 == waw || l0 == fa { starts |= 1 << 1 | afterConjunction(1, l1, l2, l3) }
        return starts
    }

    /// Reading starts after a conjunction of length `c` (0 or 1), given the next three letters.
    @inline(__always)
    private static func afterConjunction(_ c: Int, _ a: UInt16, _ b: UInt16, _ d: UInt16) -> UInt32 {
        var starts: UInt32 = 0
        let preposition = a == ba || a == lam || a == kaf
        if preposition { starts |= 1 << (c + 1) }
        if a == alef, b == lam { starts |= 1 << (c + 2) }
        if preposition, b == alef, d == lam { starts |= 1 << (c + 3) }
        if a == lam, b == lam { starts |= 1 << (c + 2) }
        return starts
    }

    /// Bytes held, for memory reports.
    var footprint: Int { bits.footprint }
}

extension FirstWordFilter {
    static let alef: UInt16 = 0x0627, lam: UInt16 = 0x0644, waw: UInt16 = 0x0648, fa: UInt16 = 0x0641
    static let ba: UInt16 = 0x0628, kaf: UInt16 = 0x0643

    /// What `Normalizer.matching` makes of each scalar below U+0700 (ASCII and Arabic):
    /// one scalar below U+0700 (its value), `dropped` (diacritics, tatweel), or `other`
    /// (the word always passes). Read off the normaliser itself, so the two cannot
    /// disagree. Written once, then only read.
    nonisolated(unsafe) static let foldTable: UnsafePointer<UInt16> = {
        let table = UnsafeMutablePointer<UInt16>.allocate(capacity: tableSize)
        for value in 0..<tableSize {
            table[value] = other
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            var out: [Unicode.Scalar] = []
            Normalizer.matching.appendFolded(scalar) { out.append($0) }
            if out.isEmpty {
                table[value] = dropped
            } else if out.count == 1, out[0].value > 0x20, out[0].value < tableSize {
                table[value] = UInt16(out[0].value)
            }
        }
        return UnsafePointer(table)
    }()
    static let tableSize = 0x700
    static let dropped: UInt16 = 0, other: UInt16 = 0xFFFF

    /// Folds a written word into letters; false when some scalar is outside the table's reach.
    @inline(__always)
    static func fold(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, into letters: inout LetterBuffer) -> Bool {
        let table = foldTable
        for i in range {
            let v = Int(text[i].value)
            guard v < tableSize else { return false }
            let folded = table[v]
            if folded == other { return false }
            if folded != dropped, !letters.append(folded) { return false }
        }
        return true
    }

    /// Decodes a key already folded; false unless every scalar is below U+0700.
    static func decodeKey(_ bytes: UnsafeBufferPointer<UInt8>, into letters: inout LetterBuffer) -> Bool {
        var i = 0
        while i < bytes.count {
            let b0 = bytes[i]
            if b0 < 0x80 {
                guard b0 > 0x20, letters.append(UInt16(b0)) else { return false }
                i += 1
                continue
            }
            guard b0 >= 0xC0, b0 < 0xE0, i + 1 < bytes.count else { return false }
            let code = UInt16(b0 & 0x1F) << 6 | UInt16(bytes[i + 1] & 0x3F)
            guard Int(code) < tableSize, letters.append(code) else { return false }
            i += 2
        }
        return letters.count > 0
    }
}

/// Up to 32 folded scalars on the stack (longer words always pass the filter).
struct LetterBuffer {
    /// 32 letters.
    private var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    private(set) var count = 0

    @inline(__always)
    subscript(i: Int) -> UInt16 {
        // Element by element, not through `withUnsafeBytes(of:)`, which copies the whole
        // tuple to memory on every read.
        let word: UInt64
        switch i >> 2 {
        case 0: word = storage.0
        case 1: word = storage.1
        case 2: word = storage.2
        case 3: word = storage.3
        case 4: word = storage.4
        case 5: word = storage.5
        case 6: word = storage.6
        default: word = storage.7
        }
        return UInt16(truncatingIfNeeded: word >> (16 * UInt64(i & 3)))
    }

    @inline(__always)
    mutating func append(_ c: UInt16) -> Bool {
        guard count < 32 else { return false }
        let bits = UInt64(c) << (16 * UInt64(count & 3))
        switch count >> 2 {
        case 0: storage.0 |= bits
        case 1: storage.1 |= bits
        case 2: storage.2 |= bits
        case 3: storage.3 |= bits
        case 4: storage.4 |= bits
        case 5: storage.5 |= bits
        case 6: storage.6 |= bits
        default: storage.7 |= bits
        }
        count += 1
        return true
    }

    /// The first 16 letters as four words, zero past the last letter (letters are never 0).
    @inline(__always)
    var head: (UInt64, UInt64, UInt64, UInt64) { (storage.0, storage.1, storage.2, storage.3) }

    /// Calls `body` with the letters as UTF-16 code units (all below U+0700, so a valid string).
    @inline(__always)
    func withLetters<R>(_ body: (UnsafeBufferPointer<UInt16>) -> R) -> R {
        withUnsafeBytes(of: storage) { raw in
            UnsafeRawBufferPointer(rebasing: raw[0..<2 * count]).withMemoryRebound(to: UInt16.self, body)
        }
    }

    /// Whether some letter is an ASCII digit.
    var containsDigit: Bool {
        for i in 0..<count where self[i] >= 0x30 && self[i] <= 0x39 { return true }
        return false
    }
}

/// A 64-bit hash of a run of letters (only compared within one process), taken from
/// the last letter backwards one letter at a time, so one pass over a word yields the
/// hash of every run that ends with it (each reading of the word, clitics off).
enum LetterHash {
    static let seed: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The state after one more letter, in front of the letters already hashed.
    @inline(__always)
    static func step(_ h: UInt64, _ letter: UInt16) -> UInt64 {
        let m = (h ^ UInt64(letter)) &* 0xff51_afd7_ed55_8ccd
        return m << 27 | m >> 37
    }

    /// The hash of a run of `length` letters whose state is `h`.
    @inline(__always)
    static func finish(_ h: UInt64, length: Int) -> UInt64 {
        var h = h ^ UInt64(truncatingIfNeeded: length) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 33
        h &*= 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }

    /// The hash of `letters[start..<end]` (end: the last letter by default).
    @inline(__always)
    static func of(_ letters: LetterBuffer, from start: Int, to end: Int? = nil) -> UInt64 {
        let end = end ?? letters.count
        var h = seed
        var i = end - 1
        while i >= start {
            h = step(h, letters[i])
            i -= 1
        }
        return finish(h, length: end - start)
    }
}
