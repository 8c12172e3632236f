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

    private var table: [String: [Entry]] = [:]

    /// Number of distinct keys.
    public var count: Int { table.count }

    /// Builds the lexicon from TSVs (`arabic<TAB>english[<TAB>type[<TAB>variants…]]`; a
    /// header row starting with `arabic` is skipped; rows of the same Arabic are variants).
    public init(sources: [Source]) {
        for (rank, source) in sources.enumerated() {
            var local: [String: Entry] = [:]
            var order: [String] = []
            for line in source.text.split(separator: "\n", omittingEmptySubsequences: true) {
                let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard cols.count >= 2, !cols[0].hasPrefix("#"), cols[0] != "arabic" else { continue }
                let key = Normalizer.matching.key(cols[0].trimmingSpaces)
                let english = String(cols[1].trimmingSpaces)
                guard !key.isEmpty, !english.isEmpty else { continue }
                var more: [String] = []
                if source.isEdited, cols.count >= 4 {
                    more = cols[3].split(separator: "|").map { String($0.trimmingSpaces) }.filter { !$0.isEmpty }
                }
                if var e = local[key] {
                    e.variants.append(english)
                    e.variants.append(contentsOf: more)
                    local[key] = e
                } else {
                    local[key] = Entry(english: english, variants: more, source: source.name, rank: rank,
                                       keepsArticle: source.isEdited)
                    order.append(key)
                }
            }
            for key in order {
                guard var e = local[key] else { continue }
                if !source.isEdited { e = Self.preferPlain(e) }
                table[key, default: []].append(e)
            }
        }
    }

    /// Every source's entry for an Arabic word or name, best source first (empty if none).
    public func lookup(_ arabic: some StringProtocol) -> [Entry] {
        table[Normalizer.matching.key(arabic)] ?? []
    }

    /// Entries for an already computed matching key.
    func lookup(key: String) -> [Entry] { table[key] ?? [] }

    /// Raw data spellings: prefer a plain-ASCII one (newsroom English drops
    /// diacritics: "putin" over "botín"), then title-case them all.
    static func preferPlain(_ e: Entry) -> Entry {
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
