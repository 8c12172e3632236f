import Foundation
import CQamusData

/// Errors reading a compiled lexicon.
public enum LexiconError: Error, Equatable, CustomStringConvertible {
    /// The blob does not start with the `QLEX` magic or has an unknown version.
    case badHeader(String)
    /// A section lies outside the blob.
    case truncated(section: Int, size: Int)

    public var description: String {
        switch self {
        case .badHeader(let found): return "not a compiled Qamus lexicon (header '\(found)')"
        case .truncated(let section, let size): return "lexicon section \(section) runs past the end of the \(size)-byte blob"
        }
    }
}

/// The compiled Arabic–English lexicon, queried in place (no parsing at load).
///
/// `Lexicon.embedded.analyses(of: "قوات")` → [قوة noun "force" plural, …].
/// The format is described in `Data/lexicon/FORMAT.md`; keys are undiacritised and sorted by UTF-8 bytes.
public struct Lexicon: @unchecked Sendable {
    // Safety: the bytes are immutable for the life of the process (embedded rodata or a retained copy).
    private let base: UnsafeRawPointer
    private let size: Int
    private let owner: AnyObject?
    private let lemmaOff: Int, lemmaCount: Int
    private let senseOff: Int
    private let keyOff: Int, keyCount: Int
    private let analysisOff: Int
    private let looseOff: Int, looseCount: Int
    private let poolOff: Int
    private let prefixOff: Int, prefixCount: Int
    /// Membership filters over the keys and the loose keys (built at load, a few ms).
    private let keyFilter: KeyFilter
    private let looseFilter: KeyFilter

    /// The lexicon compiled into the binary, or nil if the embedded blob is unreadable.
    public static let embedded: Lexicon? = {
        guard let p = qamus_data_lexicon() else { return nil }
        return try? Lexicon(base: UnsafeRawPointer(p), size: qamus_data_lexicon_size(), owner: nil)
    }()

    /// Reads a compiled lexicon from bytes (copied and kept alive).
    public init(bytes: [UInt8]) throws(LexiconError) {
        let storage = LexiconStorage(bytes)
        try self.init(base: UnsafeRawPointer(storage.pointer), size: bytes.count, owner: storage)
    }

    private init(base: UnsafeRawPointer, size: Int, owner: AnyObject?) throws(LexiconError) {
        self.base = base
        self.size = size
        self.owner = owner
        guard size >= 64, base.loadUnaligned(as: UInt32.self) == 0x5845_4C51, base.loadUnaligned(fromByteOffset: 4, as: UInt32.self) == 2 else {
            let head = (0..<min(4, size)).map { Character(Unicode.Scalar(base.load(fromByteOffset: $0, as: UInt8.self))) }
            throw .badHeader(String(head))
        }
        func section(_ i: Int) -> (Int, Int) {
            (Int(base.loadUnaligned(fromByteOffset: 8 + 8 * i, as: UInt32.self)),
             Int(base.loadUnaligned(fromByteOffset: 12 + 8 * i, as: UInt32.self)))
        }
        let widths = [12, 4, 12, 4, 8, 1, 1]
        for i in 0..<7 {
            let (o, c) = section(i)
            if o + c * widths[i] > size { throw .truncated(section: i, size: size) }
        }
        (lemmaOff, lemmaCount) = section(0)
        senseOff = section(1).0
        (keyOff, keyCount) = section(2)
        analysisOff = section(3).0
        (looseOff, looseCount) = section(4)
        poolOff = section(5).0
        (prefixOff, prefixCount) = section(6)
        let (poolOff, keyOff, keyCount, looseOff, looseCount) = (poolOff, keyOff, keyCount, looseOff, looseCount)
        func pool(_ ref: UInt32) -> UnsafeRawBufferPointer {
            let off = poolOff + Int(ref)
            guard off + 2 <= size else { return UnsafeRawBufferPointer(start: nil, count: 0) }
            let n = min(Int(base.loadUnaligned(fromByteOffset: off, as: UInt16.self)), size - off - 2)
            return UnsafeRawBufferPointer(start: base + off + 2, count: n)
        }
        keyFilter = KeyFilter(count: keyCount) { add in
            for i in 0..<keyCount { add(pool(base.loadUnaligned(fromByteOffset: keyOff + 12 * i, as: UInt32.self))) }
        }
        looseFilter = KeyFilter(count: looseCount) { add in
            for i in 0..<looseCount { add(pool(base.loadUnaligned(fromByteOffset: looseOff + 8 * i, as: UInt32.self))) }
        }
    }

    /// Number of keys (headwords and inflected forms).
    public var count: Int { keyCount }

    // MARK: Queries

    /// Whether `key` (undiacritised) is a headword or known form.
    public func contains(_ key: String) -> Bool { keyIndex(key) != nil }

    /// The analyses of an exact key, preferred first; empty if unknown.
    public func analyses(of key: String) -> [LexiconAnalysis] {
        guard let k = keyIndex(key) else { return [] }
        return analyses(keyAt: k)
    }

    /// The analyses of every key whose loose spelling equals `key`'s (hamza/alef, ى/ي, ة/ه, ؤ/ئ folded).
    public func looseAnalyses(of key: String) -> [LexiconAnalysis] {
        let folded = LooseKey.fold(key)
        var out: [LexiconAnalysis] = []
        if let k = keyIndex(folded) { out += analyses(keyAt: k) }
        let keys: [Int] = withBytes(folded) { bytes in
            guard looseFilter.mightContain(bytes) else { return [] }
            var i = lowerBound(count: looseCount) { i in compare(poolString(u32(looseOff + 8 * i)), bytes) < 0 }
            var found: [Int] = []
            while i < looseCount, compare(poolString(u32(looseOff + 8 * i)), bytes) == 0 {
                found.append(Int(u32(looseOff + 8 * i + 4)))
                i += 1
            }
            return found
        }
        for k in keys { out += analyses(keyAt: k) }
        return out
    }

    /// The first two words of multi-word keys (الولايات المتحدة), for cheap span checks.
    public func multiWordPrefixes() -> [String] {
        var out: [String] = []
        var off = prefixOff
        let end = prefixOff + prefixCount
        while off + 2 <= end {
            let n = Int(u16(off))
            guard off + 2 + n <= end else { break }
            out.append(String(decoding: UnsafeRawBufferPointer(start: base + off + 2, count: n), as: UTF8.self))
            off += 2 + n
        }
        return out
    }

    // MARK: Internals

    private func u32(_ off: Int) -> UInt32 { base.loadUnaligned(fromByteOffset: off, as: UInt32.self) }
    private func u16(_ off: Int) -> UInt16 { base.loadUnaligned(fromByteOffset: off, as: UInt16.self) }

    /// A pool string as (pointer, length).
    private func poolString(_ ref: UInt32) -> UnsafeRawBufferPointer {
        let off = poolOff + Int(ref)
        let n = Int(u16(off))
        return UnsafeRawBufferPointer(start: base + off + 2, count: n)
    }

    private func string(_ ref: UInt32) -> String {
        String(decoding: poolString(ref), as: UTF8.self)
    }

    private func compare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
        let n = min(a.count, b.count)
        if n > 0, let pa = a.baseAddress, let pb = b.baseAddress {
            let c = memcmp(pa, pb, n)
            if c != 0 { return c < 0 ? -1 : 1 }
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }

    /// Runs `body` over the UTF-8 bytes of `key` (not copied when the string is native).
    private func withBytes<R>(_ key: String, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        withUTF8Bytes(key) { body(UnsafeRawBufferPointer($0)) }
    }

    private func lowerBound(count: Int, _ isLess: (Int) -> Bool) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isLess(mid) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private func keyIndex(_ key: String) -> Int? {
        withBytes(key) { bytes in
            guard keyFilter.mightContain(bytes) else { return nil }
            let i = lowerBound(count: keyCount) { compare(poolString(u32(keyOff + 12 * $0)), bytes) < 0 }
            guard i < keyCount, compare(poolString(u32(keyOff + 12 * i)), bytes) == 0 else { return nil }
            return i
        }
    }

    private func analyses(keyAt k: Int) -> [LexiconAnalysis] {
        let rec = keyOff + 12 * k
        let start = Int(u32(rec + 4)), n = Int(u16(rec + 8))
        var out: [LexiconAnalysis] = []
        out.reserveCapacity(n)
        for j in 0..<n {
            let packed = u32(analysisOff + 4 * (start + j))
            let lemmaIndex = Int(packed >> 8)
            guard lemmaIndex < lemmaCount else { continue }
            let lr = lemmaOff + 12 * lemmaIndex
            let senseStart = Int(u32(lr + 4)), senseCount = Int(u16(lr + 8))
            let pos = LexiconPOS(rawValue: base.load(fromByteOffset: lr + 10, as: UInt8.self)) ?? .unknown
            var senses: [String] = []
            senses.reserveCapacity(senseCount)
            for s in 0..<senseCount { senses.append(string(u32(senseOff + 4 * (senseStart + s)))) }
            out.append(LexiconAnalysis(lemma: string(u32(lr)), pos: pos, senses: senses,
                                       features: LexiconFeatures(rawValue: UInt16(packed & 0xFF))))
        }
        return out
    }
}

/// Owns a copy of lexicon bytes read at run time (tests, alternative lexicons).
private final class LexiconStorage: @unchecked Sendable {
    let pointer: UnsafeMutableRawPointer
    init(_ bytes: [UInt8]) {
        pointer = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        bytes.withUnsafeBytes { pointer.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(pointer), byteCount: bytes.count) }
    }
    deinit { pointer.deallocate() }
}
