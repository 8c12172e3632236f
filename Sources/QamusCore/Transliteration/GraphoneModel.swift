/// A joint-sequence ("graphone") n-gram model: each Arabic letter pairs with a
/// chunk of 0–3 English letters that carries the vowels Arabic leaves unwritten
/// (ب → "b", ي → "ee", ا → ""), and a back-off n-gram over those pairs scores
/// whole spellings. Trained by `Tools/translit/train_translit.py`.
///
/// The file (`Data/translit/graphone.qtm`) holds the graphone table and an
/// open-addressing hash table of n-grams keyed by their graphone ids, most recent
/// first; loading only copies and widens the table.
public struct GraphoneModel: Sendable {
    /// Errors reading a model file.
    public enum LoadError: Error, Equatable, CustomStringConvertible {
        case badHeader(String)
        case truncated(expected: Int, actual: Int)
        public var description: String {
            switch self {
            case .badHeader(let magic): return "not a Qamus transliteration model (header \"\(magic)\")"
            case let .truncated(expected, actual): return "model file truncated: \(actual) bytes, expected \(expected)"
            }
        }
    }

    /// The n-gram order.
    public let order: Int
    /// English chunk of each graphone, as ASCII bytes (ids 0 and 1 are sentence start and end).
    let chunks: [[UInt8]]
    /// Arabic letter of each graphone (0 for the sentence markers).
    let letters: [UInt16]
    /// Unigram log10 probability of each graphone.
    let unigram: [Float]
    /// Candidate graphones per Arabic letter (index: scalar − 0x0600), best unigram first.
    let candidatesByLetter: [[UInt32]]
    /// Fingerprint and log10 probability side by side: one cache line per probe.
    private let slots: [Slot]
    private let backoffs: [Float]

    struct Slot {
        var fingerprint: UInt32
        var logProb: Float
    }
    private let mask: Int

    static let fnvOffset: UInt64 = 0xCBF29CE484222325
    static let fnvPrime: UInt64 = 0x100000001B3
    static let begin: UInt32 = 0
    static let end: UInt32 = 1

    /// Reads a model from its bytes.
    public init(bytes: UnsafeRawBufferPointer, maxCandidates: Int = 32) throws {
        guard bytes.count >= 24 else { throw LoadError.truncated(expected: 24, actual: bytes.count) }
        let magic = String(decoding: bytes[0..<4], as: UTF8.self)
        guard magic == "QTM1" else { throw LoadError.badHeader(magic) }
        func u32(_ at: Int) -> Int { Int(bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self).littleEndian) }
        func u16(_ at: Int) -> UInt16 { bytes.loadUnaligned(fromByteOffset: at, as: UInt16.self).littleEndian }
        order = u32(8)
        let graphoneCount = u32(12), slotCount = u32(16), bigramCount = u32(20)
        let tableStart = 24 + 8 * graphoneCount
        let bigramStart = tableStart + 8 * slotCount
        let expected = bigramStart + 8 * bigramCount
        guard bytes.count >= expected, slotCount > 0, slotCount & (slotCount - 1) == 0, order >= 1, order <= 8 else {
            throw LoadError.truncated(expected: expected, actual: bytes.count)
        }
        var chunks: [[UInt8]] = [], letters: [UInt16] = []
        chunks.reserveCapacity(graphoneCount)
        for g in 0..<graphoneCount {
            let at = 24 + 8 * g
            letters.append(u16(at))
            let length = min(Int(bytes[at + 2]), 4)
            chunks.append(Array(bytes[(at + 4)..<(at + 4 + length)]))
        }
        var table = [Slot](repeating: Slot(fingerprint: 0, logProb: 0), count: slotCount)
        var bows = [Float](repeating: 0, count: slotCount)
        for s in 0..<slotCount {
            let at = tableStart + 8 * s
            let fp = UInt32(u32(at))
            if fp != 0 {
                table[s] = Slot(fingerprint: fp, logProb: Self.half(u16(at + 4)))
                bows[s] = Self.half(u16(at + 6))
            }
        }
        self.chunks = chunks
        self.letters = letters
        slots = table
        backoffs = bows
        mask = slotCount - 1
        var unigram = [Float](repeating: -99, count: graphoneCount)
        var byLetter = [[UInt32]](repeating: [], count: 0x100)
        for g in 0..<graphoneCount {
            let h = Self.mix(Self.step(Self.fnvOffset, UInt32(g)))
            if let slot = Self.find(h, table, mask) { unigram[g] = table[slot].logProb }
            let l = Int(letters[g])
            if g > 1, l >= 0x0600, l < 0x0700, unigram[g] > -98 { byLetter[l - 0x0600].append(UInt32(g)) }
        }
        for i in byLetter.indices {
            byLetter[i].sort { unigram[Int($0)] > unigram[Int($1)] }
            if byLetter[i].count > maxCandidates { byLetter[i].removeLast(byLetter[i].count - maxCandidates) }
        }
        self.unigram = unigram
        candidatesByLetter = byLetter
        // Successors of each graphone, grouped by their Arabic letter, best unigram first.
        var lists = [[UInt32]](repeating: [], count: graphoneCount)
        for b in 0..<bigramCount {
            let previous = u32(bigramStart + 8 * b), next = u32(bigramStart + 8 * b + 4)
            if previous < graphoneCount, next < graphoneCount, next > 1 { lists[previous].append(UInt32(next)) }
        }
        var start: [Int32] = [0], flat: [UInt32] = [], flatLetter: [UInt16] = []
        for var list in lists {
            list.sort { (letters[Int($0)], unigram[Int($1)]) < (letters[Int($1)], unigram[Int($0)]) }
            flat.append(contentsOf: list)
            flatLetter.append(contentsOf: list.map { letters[Int($0)] })
            start.append(Int32(flat.count))
        }
        successorStart = start
        successors = flat
        successorLetters = flatLetter
        // Bigram probabilities beside the successor lists, unigram back-offs per graphone:
        // the decoder's two most frequent lookups need no hash probe.
        var succLogProbs = [Float](repeating: -99, count: flat.count)
        var uniBackoff = [Float](repeating: 0, count: graphoneCount)
        for h in 0..<graphoneCount {
            let rawH = Self.step(Self.fnvOffset, UInt32(h))
            if let slot = Self.find(Self.mix(rawH), table, mask) { uniBackoff[h] = bows[slot] }
            for k in Int(start[h])..<Int(start[h + 1]) {
                let raw = Self.step(Self.step(Self.fnvOffset, flat[k]), UInt32(h))
                if let slot = Self.find(Self.mix(raw), table, mask) { succLogProbs[k] = table[slot].logProb }
            }
        }
        successorLogProbs = succLogProbs
        unigramBackoff = uniBackoff
        var ids = [UInt32](repeating: 0, count: 256)
        for g in 2..<max(graphoneCount, 2) where chunks[g].count == 1 && letters[g] == 0 { ids[Int(chunks[g][0])] = UInt32(g) }
        letterIDs = ids
    }

    /// Graphones seen after graphone g: successors[successorStart[g]..<successorStart[g+1]],
    /// sorted by Arabic letter (successorLetters), then by unigram probability.
    let successorStart: [Int32]
    let successors: [UInt32]
    let successorLetters: [UInt16]
    /// log10 P(successor | previous graphone) for each entry of `successors`.
    let successorLogProbs: [Float]
    /// Back-off weight of each graphone as a one-graphone context.
    let unigramBackoff: [Float]

    /// The English spelling of a graphone sequence: its chunks end to end (unknown ids spell nothing).
    func spelling(of graphones: [UInt32]) -> String {
        var bytes: [UInt8] = []
        for g in graphones where Int(g) < chunks.count { bytes.append(contentsOf: chunks[Int(g)]) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// log10 probability of a whole spelling under a letter model (a model whose
    /// graphones are single English letters; used to rescore the n-best list).
    /// Letters the model does not know are skipped.
    public func spellingLogProb(_ ascii: some Sequence<UInt8>) -> Float {
        var ids: [UInt32] = []
        for b in ascii {
            let g = letterIDs[Int(b)]
            if g > 1 { ids.append(g) }
        }
        return sequenceLogProb(ids)
    }

    /// log10 probability of a graphone sequence (ids of this model's table), closed by
    /// the end marker; mirrors `sequence_logprob` in Tools/translit/ngram_model.py.
    func sequenceLogProb(_ ids: some Sequence<UInt32>) -> Float {
        var context = SIMD8<UInt32>(repeating: 0)   // most recent first
        context[0] = Self.begin
        var length = 1
        let maxContext = min(max(order - 1, 0), 8)
        var total: Float = 0
        @inline(__always) func score(_ g: UInt32) {
            var raw = Self.step(Self.fnvOffset, g)
            var lp: Float = Int(g) < unigram.count ? unigram[Int(g)] : -99
            var match = 0
            while match < length {
                raw = Self.step(raw, context[match])
                guard let s = slot(raw: raw) else { break }
                lp = logProb(s)
                match += 1
            }
            // back-off weights of the contexts longer than the match
            if match < length {
                var rawContext = Self.fnvOffset
                for i in 0..<length {
                    rawContext = Self.step(rawContext, context[i])
                    if i >= match, let s = slot(raw: rawContext) { lp += backoff(s) }
                }
            }
            total += lp
            // new context: g, then the matched part of the old one, at most order - 1 long
            let newLength = min(match + 1, maxContext)
            var i = newLength - 1
            while i > 0 { context[i] = context[i - 1]; i -= 1 }
            if newLength > 0 { context[0] = g }
            length = newLength
        }
        for g in ids { score(g) }
        score(Self.end)
        return total
    }

    /// Graphone id of each single-letter English chunk (0 when none), for letter models.
    private let letterIDs: [UInt32]

    /// Whether the model has graphones for this Arabic letter.
    public func knows(_ letter: Unicode.Scalar) -> Bool {
        let v = Int(letter.value)
        return v >= 0x0600 && v < 0x0700 && !candidatesByLetter[v - 0x0600].isEmpty
    }

    // MARK: - n-gram access

    @inline(__always) static func step(_ h: UInt64, _ id: UInt32) -> UInt64 { (h ^ UInt64(id)) &* fnvPrime }

    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z ^= z >> 33
        z = z &* 0xFF51AFD7ED558CCD
        z ^= z >> 33
        z = z &* 0xC4CEB9FE1A85EC53
        z ^= z >> 33
        return z
    }

    @inline(__always) static func find(_ mixed: UInt64, _ slots: [Slot], _ mask: Int) -> Int? {
        var fp = UInt32(truncatingIfNeeded: mixed >> 32)
        if fp == 0 { fp = 1 }
        var s = Int(truncatingIfNeeded: mixed) & mask
        while true {
            let f = slots[s].fingerprint
            if f == fp { return s }
            if f == 0 { return nil }
            s = (s + 1) & mask
        }
    }

    /// The slot of the n-gram whose raw (unmixed) FNV state is `raw`.
    @inline(__always) func slot(raw: UInt64) -> Int? { Self.find(Self.mix(raw), slots, mask) }
    @inline(__always) func logProb(_ slot: Int) -> Float { slots[slot].logProb }
    @inline(__always) func backoff(_ slot: Int) -> Float { backoffs[slot] }

    /// IEEE half → Float (the file stores half precision; no Float16 dependency).
    static func half(_ bits: UInt16) -> Float {
        let sign: UInt32 = UInt32(bits & 0x8000) << 16
        let exp = Int((bits >> 10) & 0x1F), frac = UInt32(bits & 0x3FF)
        if exp == 0 {
            let v = Float(frac) * Float(sign == 0 ? 1 : -1) / 16_777_216  // 2^-24
            return v
        }
        if exp == 31 { return sign == 0 ? .infinity : -.infinity }
        return Float(bitPattern: sign | UInt32(exp - 15 + 127) << 23 | frac << 13)
    }
}
