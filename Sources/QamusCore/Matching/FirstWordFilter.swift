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
    /// `FirstWordFilter.classedTable`, read once here rather than through its lazy global per word.
    nonisolated(unsafe) private let classedTable = Self.classedTable
    /// `FirstWordFilter.startsTable`, likewise.
    nonisolated(unsafe) private let startsTable = Self.startsTable

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
            hashes.append(RunHash.of(letters, from: 0))
            if letters.count > 2, letters[0] == FirstWordFilter.alef, letters[1] == FirstWordFilter.lam {
                hashes.append(RunHash.of(letters, from: 1))
            }
        }
    }

    /// Whether the written word `text[range]` may begin a glossary form. Reads the
    /// sentence's scalars, not the token's string (which may live anywhere in memory).
    func mayBegin(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt16.self, capacity: Self.maxLetters) { mayBegin(text, range, scratch: $0) }
    }

    /// The most letters a word may have to be read (longer words always pass).
    static let maxLetters = 32

    /// `mayBegin(_:_:)` with a caller's buffer of `maxLetters` letters for the folded word,
    /// so a scan over many words folds into the same memory.
    @inline(__always)
    func mayBegin(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, scratch: UnsafeMutableBufferPointer<UInt16>) -> Bool {
        // The fold of `fold(_:_:table:_:)` (which the word catalogue uses), written out over raw
        // pointers with no closure, through `classedTable`: this loop runs for every letter of
        // the text. A word of more scalars than `maxLetters` passes (it may have more letters).
        guard let base = text.baseAddress, let out = scratch.baseAddress, range.lowerBound >= 0,
              range.upperBound <= text.count, range.count <= Self.maxLetters else { return true }
        var q = out
        var p = base + range.lowerBound
        let end = base + range.upperBound
        let table = classedTable
        guard p < end else { return true }
        repeat {
            let v = Int(p.pointee.value)
            guard v < Self.tableSize else { return true }
            let letter = table[v]
            p += 1
            if letter < Self.classedDropped {
                q.pointee = letter
                q += 1
            } else if letter != Self.classedDropped {
                return true
            }
        } while p < end
        let n = q - out
        guard n > 0 else { return true }
        let laned = n <= RunHash.maxLaned
        if laned {
            // Zeros after the word: the lanes past each reading, and "no letter" among the first four.
            let after = UnsafeMutableRawPointer(q)
            after.storeBytes(of: 0, as: UInt64.self)
            after.storeBytes(of: 0, toByteOffset: 8, as: UInt64.self)
            after.storeBytes(of: 0, toByteOffset: 16, as: UInt64.self)
        }
        let starts = UInt32(startsTable[Int(out[0] >> 11) << 9 | Int(out[1] >> 11) << 6 | Int(out[2] >> 11) << 3 | Int(out[3] >> 11)])
        // Starts at or past the end read nothing.
        var rest = starts & (1 << UInt32(min(n, 8)) - 1)
        if laned {
            // Each reading is hashed where it starts in the folded word (the lanes drop the role bits).
            let letters = UnsafeRawPointer(out)
            while rest != 0 {
                if bits.mayHold(RunHash.of(lanesAt: letters + 2 &* rest.trailingZeroBitCount)) { return true }
                rest &= rest - 1
            }
        } else if mayBeginLong(scratch, count: n, starts: rest) {
            return true
        }
        let word = UnsafeBufferPointer(rebasing: scratch[0..<n])
        // Latin plurals of designators: S-300S, F-16s read as S-300, F-16 (Latin letters and
        // digits carry no role bits).
        guard scratch[n - 1] == 0x73, word.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return bits.mayHold(RunHash.of(UnsafeBufferPointer(rebasing: word[0..<(n - 1)])))
    }

    /// The readings of a word of more letters than one lane read holds (rare: kept out of
    /// line, so the common path keeps its registers). `RunHash` drops the role bits.
    @inline(never)
    private func mayBeginLong(_ scratch: UnsafeMutableBufferPointer<UInt16>, count n: Int, starts: UInt32) -> Bool {
        let word = UnsafeBufferPointer(rebasing: scratch[0..<n])
        var rest = starts
        while rest != 0 {
            if bits.mayHold(RunHash.of(UnsafeBufferPointer(rebasing: word[rest.trailingZeroBitCount...]))) { return true }
            rest &= rest - 1
        }
        return false
    }

    /// Letter offsets where a reading of the word may start, as bits: 0, and after a
    /// proclitic run shaped [وف]?[بلك]?(ال|ل)?. The word's first four letters decide
    /// (0 past the end). The filter reads these from `startsTable`, built from this rule.
    static func readingStarts(_ l0: UInt16, _ l1: UInt16, _ l2: UInt16, _ l3: UInt16) -> UInt32 {
        let l = [l0, l1, l2, l3, 0]
        var starts: UInt32 = 1
        // c: the length of the conjunction before the rest of the run (و or ف, or none).
        for c in 0...1 {
            if c == 1 {
                guard l0 == waw || l0 == fa else { break }
                starts |= 1 << 1
            }
            let preposition = l[c] == ba || l[c] == lam || l[c] == kaf
            if preposition { starts |= 1 << (c + 1) }                                      // ب الحرس
            if (l[c] == alef || l[c] == lam) && l[c + 1] == lam { starts |= 1 << (c + 2) }   // ال / لل
            if preposition && l[c + 1] == alef && l[c + 2] == lam { starts |= 1 << (c + 3) } // بال
        }
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

    /// `foldTable` for the filter's own loop: each letter carries its proclitic role in the
    /// bits above `letterMask` (0 none, 1 ا, 2 ل, 3 ب or ك, 4 و or ف), so the reading starts
    /// are one look-up in `startsTable`; `classedDropped` and `classedOther` sort above every
    /// letter, so one comparison sends both to the rare path.
    nonisolated(unsafe) static let classedTable: UnsafePointer<UInt16> = {
        let table = UnsafeMutablePointer<UInt16>.allocate(capacity: tableSize)
        for value in 0..<tableSize {
            let letter = foldTable[value]
            switch letter {
            case other: table[value] = classedOther
            case dropped: table[value] = classedDropped
            default: table[value] = letter | role(of: letter) << 11
            }
        }
        return UnsafePointer(table)
    }()
    static let letterMask = RunHash.letterMask
    static let classedDropped: UInt16 = 0xFFFE, classedOther: UInt16 = 0xFFFF

    /// The proclitic role of a folded letter, as `classedTable` stores it.
    static func role(of letter: UInt16) -> UInt16 {
        switch letter {
        case alef: 1
        case lam: 2
        case ba, kaf: 3
        case waw, fa: 4
        default: 0
        }
    }

    /// `readingStarts` of the first four letters' roles, three bits each (first role highest),
    /// tabulated from `readingStarts` itself with one letter standing for each role.
    /// Written once, then only read.
    nonisolated(unsafe) static let startsTable: UnsafePointer<UInt8> = {
        let letterOfRole: [UInt16] = [0, alef, lam, ba, waw, 0, 0, 0]
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 4096)
        for i in 0..<4096 {
            table[i] = UInt8(truncatingIfNeeded: readingStarts(letterOfRole[i >> 9 & 7], letterOfRole[i >> 6 & 7],
                                                               letterOfRole[i >> 3 & 7], letterOfRole[i & 7]))
        }
        return UnsafePointer(table)
    }()

    /// Folds a written word into letters; false when some scalar is outside the table's reach.
    @inline(__always)
    static func fold(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, into letters: inout LetterBuffer) -> Bool {
        fold(text, range) { letters.append($0) }
    }

    /// Folds a written word, handing each letter to `emit` (which returns false to give up);
    /// false when some scalar is outside the table's reach or `emit` gave up.
    @inline(__always)
    static func fold(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, _ emit: (UInt16) -> Bool) -> Bool {
        fold(text, range, table: foldTable, emit)
    }

    /// `fold(_:_:_:)` with the fold table given.
    @inline(__always)
    static func fold(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, table: UnsafePointer<UInt16>,
                     _ emit: (UInt16) -> Bool) -> Bool {
        for i in range {
            let v = Int(text[i].value)
            guard v < tableSize else { return false }
            let folded = table[v]
            if folded == other { return false }
            if folded != dropped, !emit(folded) { return false }
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
