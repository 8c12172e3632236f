/// The distinct words a `TermMatcher` has met, numbered, each with its matching key
/// and the glossary forms it may begin — worked out once per word, then read by number.
///
/// A word of up to 10 letters whose scalars `FirstWordFilter` can fold (ASCII and Arabic)
/// is numbered by its folded letters, which are its key: وبوتين and وَبُوتِين share a
/// number. Any other word is numbered by its UTF-8 bytes as written.
struct WordCatalog {
    /// A glossary form a word may begin, with how the word was read.
    struct Candidate {
        /// The single-word pattern matched, or -1 when `key` is read as the first word of
        /// a multi-word form (to pair with the next word).
        var pattern: Int
        var key: String
        var proclitics: String
        var changes: Int
        var suffix: String
        /// For multi-word readings, `key` as the pair filter probes it (`PairFilter.firstHash`).
        var firstHash: UInt64? = nil
    }

    /// The single-word pattern a word is by itself, and how it was read.
    struct Single {
        var pattern: Int
        var changes: Int
        var proclitics: String
        var suffix: String
        /// The pattern's form and entries.
        var target: TermMatch.Target? = nil
    }

    /// What one word may begin.
    struct Reading {
        /// The best single-word pattern the word is by itself (fewest changes, first found).
        var single: Single?
        /// Readings that begin multi-word forms, in the order they were found.
        var multi: [Candidate]
        var begins: Bool { single != nil || !multi.isEmpty }
    }

    /// Folded words of up to 10 letters, by their letters.
    private var shortWords = ShortWordTable()
    /// Other words, by their UTF-8 bytes (as written) in `spellings`.
    private var byteTable = KeyTable(capacity: 64)
    private var spellings = TextColumn()
    /// Per spelling in `spellings`, its word number.
    private var spellingNumber: [Int] = []
    private(set) var keys: [String] = []
    private(set) var readings: [Reading] = []
    /// Per word number, whether it begins any glossary form (`readings[n].begins`, kept compact).
    private(set) var begins: [Bool] = []
    /// Per word number, the keys it is looked up by as the second word of a pair (made on first use).
    private var pairKeys: [[String]?] = []

    /// The number of words catalogued.
    var count: Int { keys.count }

    /// The number of the word written as `scalars[range]` (whose text is `text`), cataloguing
    /// it with `read` (key → readings) the first time.
    @inline(__always)
    mutating func number(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, text: String,
                         read: (String) -> Reading) -> Int {
        var word = PackedLetters()
        guard FirstWordFilter.fold(scalars, range, { word.append($0) }), word.count > 0 else {
            return number(written: text, read: read)
        }
        if let known = shortWords.number(of: word) { return known }
        guard keys.count < ShortWordTable.numberLimit else { return number(written: text, read: read) }
        let n = add(key: String(decoding: word.letters, as: UTF16.self), read: read)
        shortWords.insert(word, number: n)
        return n
    }

    /// The number of a word the letter table cannot hold, by its UTF-8 bytes.
    private mutating func number(written text: String, read: (String) -> Reading) -> Int {
        withUTF8Bytes(text) { bytes in
            let hash = KeyHash.ofWord(bytes)
            var known = -1
            _ = byteTable.first(hash: hash) { s in
                let same = spellings.withBytes(Int(s)) { sameBytes($0, bytes) }
                if same { known = spellingNumber[Int(s)] }
                return same
            }
            if known >= 0 { return known }
            let n = add(key: Normalizer.matching.key(text), read: read)
            byteTable.insert(UInt32(spellings.append(bytes: bytes)), hash: hash)
            spellingNumber.append(n)
            return n
        }
    }

    private mutating func add(key: String, read: (String) -> Reading) -> Int {
        let reading = read(key)
        keys.append(key)
        readings.append(reading)
        begins.append(reading.begins)
        pairKeys.append(nil)
        return keys.count - 1
    }

    /// The keys word `n` is looked up by as the second word of a pair: its key, and with
    /// `stems`, the stems left when an inflection suffix is split off.
    mutating func pairKeys(_ n: Int, stems: Bool) -> [String] {
        if let found = pairKeys[n] { return found }
        var found = [keys[n]]
        if stems { found += MatchKeyVariants.suffixSplits(of: keys[n]).map(\.stem) }
        pairKeys[n] = found
        return found
    }

    /// Forgets every word (numbers start again from 0).
    mutating func removeAll() {
        self = WordCatalog()
    }
}
