/// Shipped name lexicons keyed by `Normalizer.matching` keys, so spelling
/// variants meet (بوتين, بوتين with diacritics; أسد / اسد; سليمانى / سليماني).
///
/// Sources are given in priority order (curated news names, CLDR places,
/// Wikidata persons, Google pairs); a lookup returns every source's entry for
/// the key, best source first.
///
/// ```swift
/// lexicon.lookup("بوتين").first?.english   // "Putin"
/// ```
public struct NameLexicon: Sendable {
    /// One source's spelling of an Arabic name.
    public struct Entry: Sendable, Hashable {
        /// The preferred English spelling, in title case ("Putin", "Jean-Pierre").
        public var english: String
        /// Other accepted spellings.
        public var variants: [String]
        /// The lexicon file it came from.
        public var source: String
        /// The source's rank: 0 is the curated list, higher numbers weigh less.
        public var rank: Int
        /// Whether the source's English keeps the article (CLDR and the curated list
        /// write "Iraq", "al-Assad"; the Wikidata tokens drop it: الطيراوي → "tirawi").
        public var keepsArticle: Bool
        /// The source's type column as written ("person", "place", "PER"…), "" if none.
        public var type: String = ""
    }

    /// A lexicon file: its name (reported as `Transliteration.source`), its TSV text,
    /// and whether its English is already in final form.
    public struct Source: Sendable {
        public var name: String
        public var text: String
        /// Spellings are already newsroom-cased and keep the article (curated, CLDR).
        public var isEdited: Bool
        public init(name: String, text: String, isEdited: Bool) {
            self.name = name
            self.text = text
            self.isEdited = isEdited
        }
    }

    private var entries: [Entry] = []
    /// Next entry with the same key (another source), or -1.
    private var nextSameKey: [Int32] = []
    /// Key hash → first (best-source) entry.
    private var heads: [UInt64: Int32] = [:]

    /// Number of distinct keys.
    public var count: Int { heads.count }

    /// Builds the lexicon from TSVs (`arabic<TAB>english[<TAB>type[<TAB>variants…]]`; a
    /// header row starting with `arabic` and `#` comments are skipped; rows of the same
    /// Arabic are variants, the first preferred).
    public init(sources: [Source]) {
        var tails: [UInt64: Int32] = [:]
        for (rank, source) in sources.enumerated() {
            var local: [UInt64: Int] = [:]
            var mine: [(UInt64, Entry)] = []
            Self.rows(of: source.text) { arabic, english, type, variants in
                let key = NameKey(arabic)
                guard !key.isEmpty, !english.isEmpty else { return }
                let more = source.isEdited ? variants : []
                if let i = local[key.hash] {
                    mine[i].1.variants.append(english)
                    mine[i].1.variants.append(contentsOf: more)
                } else {
                    local[key.hash] = mine.count
                    mine.append((key.hash, Entry(english: english, variants: more, source: source.name, rank: rank,
                                                 keepsArticle: source.isEdited, type: type)))
                }
            }
            for (hash, entry) in mine {
                let e = source.isEdited ? entry : Self.preferPlain(entry)
                let index = Int32(entries.count)
                entries.append(e)
                nextSameKey.append(-1)
                if let tail = tails[hash] {
                    nextSameKey[Int(tail)] = index
                } else {
                    heads[hash] = index
                }
                tails[hash] = index
            }
        }
    }

    /// Calls `row(arabic, english, variants)` for each data row, reading UTF-8 directly.
    private static func rows(of text: String, _ row: (Substring, String, String, [String]) -> Void) {
        var text = text
        text.withUTF8 { buf in
            var lineStart = 0
            let n = buf.count
            while lineStart < n {
                var lineEnd = lineStart
                while lineEnd < n, buf[lineEnd] != 0x0A { lineEnd += 1 }
                var cols: [Range<Int>] = []
                var c = lineStart
                while c <= lineEnd {
                    var e = c
                    while e < lineEnd, buf[e] != 0x09 { e += 1 }
                    var a = c, b = e
                    while a < b, buf[a] == 0x20 || buf[a] == 0x0D { a += 1 }
                    while b > a, buf[b - 1] == 0x20 || buf[b - 1] == 0x0D { b -= 1 }
                    cols.append(a..<b)
                    c = e + 1
                }
                lineStart = lineEnd + 1
                guard cols.count >= 2 else { continue }
                func str(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: buf[r]), as: UTF8.self) }
                let arabic = str(cols[0])
                if arabic.isEmpty || arabic.hasPrefix("#") || arabic == "arabic" { continue }
                let variants = cols.count >= 4
                    ? str(cols[3]).split(separator: "|").map { String($0.trimmingSpaces) }.filter { !$0.isEmpty } : []
                row(Substring(arabic), str(cols[1]), cols.count >= 3 ? str(cols[2]) : "", variants)
            }
        }
    }

    /// Every source's entry for an Arabic word or name, best source first (empty if none).
    public func lookup(_ arabic: some StringProtocol) -> [Entry] {
        lookup(key: NameKey(arabic))
    }

    /// Entries for a key.
    func lookup(key: NameKey) -> [Entry] {
        guard var i = heads[key.hash] else { return [] }
        var out: [Entry] = []
        while i >= 0 {
            out.append(entries[Int(i)])
            i = nextSameKey[Int(i)]
        }
        return out
    }

    /// The best source's entry for a key.
    func first(key: NameKey) -> Entry? {
        heads[key.hash].map { entries[Int($0)] }
    }

    /// Raw data spellings: prefer a plain-ASCII one (newsroom English drops
    /// diacritics: "putin" over "botín"), then title-case them all.
    static func preferPlain(_ e: Entry) -> Entry {
        if e.variants.isEmpty, e.english.utf8.allSatisfy({ $0 < 0x80 }) {
            var t = e
            t.english = titleCased(e.english)
            return t
        }
        var all = [e.english] + e.variants
        if let plain = all.firstIndex(where: { $0.unicodeScalars.allSatisfy { $0.isASCII } }), plain > 0 {
            all.insert(all.remove(at: plain), at: 0)
        }
        all = all.map(titleCased)
        var seen = Set<String>()
        all = all.filter { seen.insert($0).inserted }
        return Entry(english: all[0], variants: Array(all.dropFirst()), source: e.source, rank: e.rank,
                     keepsArticle: false)
    }
}

/// Capitalises the first letter of each part between spaces and hyphens ("jean-pierre" → "Jean-Pierre").
func titleCased(_ s: some StringProtocol) -> String {
    if s.utf8.allSatisfy({ $0 < 0x80 }) {
        var bytes = Array(s.utf8)
        var atStart = true
        for i in bytes.indices {
            let b = bytes[i]
            if atStart, b >= 0x61, b <= 0x7A { bytes[i] = b - 0x20 }
            if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) { atStart = false }
            if b == 0x20 || b == 0x2D { atStart = true }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
    var out = ""
    out.reserveCapacity(s.utf8.count)
    var atStart = true
    for ch in s {
        if atStart, ch.isLetter {
            out += ch.uppercased()
            atStart = false
        } else {
            out.append(ch)
            if ch == " " || ch == "-" { atStart = true }
        }
    }
    return out
}

extension StringProtocol {
    var trimmingSpaces: Substring {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }
}
