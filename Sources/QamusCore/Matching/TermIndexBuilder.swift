extension TermIndex {
    /// Compiles glossary entries into a `TermIndex` one at a time, so a store can
    /// stream its rows in without building `GlossaryEntry` values:
    ///
    /// ```swift
    /// var builder = TermIndex.Builder()
    /// builder.beginEntry(id: 7, english: "Kremlin", type: "place", domain: nil)
    /// builder.addForm("الكرملين")   // "the Kremlin": the preferred form comes first
    /// let index = builder.build()
    /// ```
    public struct Builder {
        private var index = TermIndex()
        private var labelCodes: [String: Int32] = [:]
        /// Per label, read as a type: 0 never inflects (person, place), 1 may, 2 is a term.
        private var typeRule: [UInt8] = []
        /// Patterns by joined key, to merge entries that share a form.
        private var byKeys: KeyTable
        private var scratch: [UInt8] = []

        /// `expectedEntries` only reserves space.
        public init(expectedEntries: Int = 0) {
            byKeys = KeyTable(capacity: expectedEntries)
            index.entryIDs.reserveCapacity(expectedEntries)
            index.entryType.reserveCapacity(expectedEntries)
            index.entryDomain.reserveCapacity(expectedEntries)
            index.entryFormStart.reserveCapacity(expectedEntries + 1)
            index.english.reserve(strings: expectedEntries, bytes: expectedEntries * 16)
            index.forms.reserve(strings: expectedEntries, bytes: expectedEntries * 20)
            index.patternKeys.reserve(strings: expectedEntries, bytes: expectedEntries * 20)
            index.patternForm.reserveCapacity(expectedEntries)
            index.patternEntry.reserveCapacity(expectedEntries)
            index.patternShape.reserveCapacity(expectedEntries)
        }

        /// Adds a whole entry: its forms in `arabicForms` order.
        public mutating func add(_ entry: GlossaryEntry) {
            beginEntry(id: entry.id, english: entry.english, type: entry.type, domain: entry.domain)
            addForm(entry.arabic)
            for form in entry.arabicVariants { addForm(form) }
        }

        /// Starts the next entry; its Arabic forms follow with `addForm(_:)`, the preferred one first.
        public mutating func beginEntry(id: Int64?, english: String, type: String, domain: String?) {
            withUTF8Bytes(english) { beginEntry(id: id, englishUTF8: $0, type: type, domain: domain) }
        }

        /// `beginEntry(id:english:type:domain:)` with the English as UTF-8 bytes (a database row's, read in place).
        public mutating func beginEntry(id: Int64?, englishUTF8: UnsafeBufferPointer<UInt8>, type: String, domain: String?) {
            let typeCode = label(type)
            var domainCode: Int32 = -1
            if let domain { domainCode = label(domain) }
            index.entryIDs.append(id ?? TermIndex.noID)
            index.english.append(bytes: englishUTF8)
            index.entryType.append(typeCode)
            index.entryDomain.append(domainCode)
            index.entryFormStart.append(UInt32(index.forms.count))
        }

        /// Adds an Arabic form of the current entry. A form without a word is kept
        /// with the entry but never matches.
        public mutating func addForm(_ form: String) {
            withUTF8Bytes(form) { addForm(utf8: $0) }
        }

        /// `addForm(_:)` with the form as valid UTF-8 bytes.
        public mutating func addForm(utf8 form: UnsafeBufferPointer<UInt8>) {
            guard let e = index.entryIDs.indices.last else { return }
            let formNumber = index.forms.append(bytes: form)
            index.entryFormStart[e + 1] = UInt32(index.forms.count)
            scratch.removeAll(keepingCapacity: true)
            let words = TermIndex.appendJoinedKeys(ofUTF8: form, into: &scratch)
            guard words > 0, words < 1 << 14 else { return }
            let entry = Int32(e)
            let existing = scratch.withUnsafeBufferPointer { pattern(withKey: $0) }
            if let p = existing {
                let p32 = Int32(p)
                if index.patternEntry[p] != entry, index.moreEntries[p32]?.last != entry {
                    index.moreEntries[p32, default: []].append(entry)
                }
                return
            }
            let p = index.patternShape.count
            let inflection = inflectionOfLastWord(type: index.entryType[e])
            scratch.withUnsafeBufferPointer { key in
                index.patternKeys.append(bytes: key)
                byKeys.insert(UInt32(p), hash: KeyHash.of(key))
            }
            index.patternForm.append(UInt32(formNumber))
            index.patternEntry.append(entry)
            index.patternShape.append(UInt16(words) << 2 | UInt16(inflection.rawValue))
        }

        /// The pattern with these joined keys, if any.
        private func pattern(withKey key: UnsafeBufferPointer<UInt8>) -> Int? {
            var found: Int?
            _ = byKeys.first(hash: KeyHash.of(key)) { p in
                let hit = index.patternKeys.withBytes(Int(p)) { $0.elementsEqual(key) }
                if hit { found = Int(p) }
                return hit
            }
            return found
        }

        /// Compiles what was added, leaving the builder empty.
        public mutating func build() -> TermIndex {
            var index = self.index
            self.index = TermIndex()
            // Patterns by whole key serve as the single-word lookup: a word's key has no space.
            index.singles = byKeys
            byKeys = KeyTable(capacity: 0)
            index.english.trim()
            index.forms.trim()
            index.patternKeys.trim()
            index.entryIDs = TextColumn.exact(index.entryIDs)
            index.entryType = TextColumn.exact(index.entryType)
            index.entryDomain = TextColumn.exact(index.entryDomain)
            index.entryFormStart = TextColumn.exact(index.entryFormStart)
            index.patternForm = TextColumn.exact(index.patternForm)
            index.patternEntry = TextColumn.exact(index.patternEntry)
            index.patternShape = TextColumn.exact(index.patternShape)
            index.labels = labels
            Self.compileLookups(&index)
            return index
        }

        private var labels: [String] {
            var labels = [String](repeating: "", count: labelCodes.count)
            for (text, code) in labelCodes { labels[Int(code)] = text }
            return labels
        }

        private mutating func label(_ text: String) -> Int32 {
            if let code = labelCodes[text] { return code }
            let code = Int32(labelCodes.count)
            labelCodes[text] = code
            let t = text == "person" || text == "place" || text == "term" ? text : text.lowercased()
            typeRule.append(t == "person" || t == "place" ? 0 : t == "term" ? 2 : 1)
            return code
        }

        /// The inflection of the last word in `scratch`, for an entry of this type.
        private func inflectionOfLastWord(type: Int32) -> Inflection {
            let rule = typeRule[Int(type)]
            if rule == 0 { return .none }
            let lastStart = (scratch.lastIndex(of: 0x20) ?? -1) + 1
            let last = String(decoding: scratch[lastStart...], as: UTF8.self)
            return TermIndex.inflection(of: last, type: rule == 2 ? "term" : "")
        }

        /// Fills the lookup tables from the patterns.
        private static func compileLookups(_ index: inout TermIndex) {
            var stemCount = 0, multiCount = 0, inflectingPairCount = 0
            for shape in index.patternShape {
                if shape >> 2 == 1 {
                    if shape & 3 != 0 { stemCount += 1 }
                } else {
                    multiCount += 1
                    if shape >> 2 == 2, shape & 3 != 0 { inflectingPairCount += 1 }
                }
            }
            var stems = KeyTable(capacity: stemCount)
            var firsts = KeyTable(capacity: multiCount / 2), pairs = KeyTable(capacity: multiCount)
            var hasInflectedPairs = false
            var filterKeys = FirstWordFilter.Keys()
            // A pair per multi-word form, and one more for each two-word form that inflects.
            var pairKeys = PairFilter.Keys(capacity: max(1, multiCount + inflectingPairCount))
            let keys = index.patternKeys
            for p in 0..<index.patternShape.count {
                let words = index.wordCount(p), inflection = index.inflection(p)
                keys.withBytes(p) { key in
                    if words == 1 {
                        filterKeys.add(key: key)
                        if inflection != .none {
                            let stem = UnsafeBufferPointer(rebasing: key.dropLast(inflection.strippedBytes))
                            stems.insert(UInt32(p), hash: KeyHash.of(stem))
                            filterKeys.add(key: stem, suffixes: inflection.suffixes)
                        }
                        return
                    }
                    let first = UnsafeBufferPointer(rebasing: key[TermIndex.wordRange(0, in: key)])
                    let firstHash = KeyHash.of(first)
                    let known = firsts.first(hash: firstHash) { q in
                        keys.withBytes(Int(q)) { UnsafeBufferPointer(rebasing: $0[TermIndex.wordRange(0, in: $0)]).elementsEqual(first) }
                    }
                    if !known {
                        firsts.insert(UInt32(p), hash: firstHash)
                        filterKeys.add(key: first)
                    }
                    let second = TermIndex.wordRange(1, in: key)
                    pairs.insert(UInt32(p), hash: KeyHash.of(UnsafeBufferPointer(rebasing: key[..<second.upperBound])))
                    pairKeys.add(first: first, second: UnsafeBufferPointer(rebasing: key[second]))
                    if words == 2, inflection != .none {
                        hasInflectedPairs = true
                        if inflection.strippedBytes > 0 {
                            pairs.insert(UInt32(p) | TermIndex.stemPairFlag,
                                         hash: KeyHash.of(UnsafeBufferPointer(rebasing: key.dropLast(inflection.strippedBytes))))
                            let stemEnd = key.count - inflection.strippedBytes
                            pairKeys.add(first: first, second: UnsafeBufferPointer(rebasing: key[second.lowerBound..<max(second.lowerBound, stemEnd)]))
                        }
                    }
                }
            }
            index.stems = stems
            index.firstWordFilter = index.patternShape.isEmpty ? FirstWordFilter() : FirstWordFilter(filterKeys)
            index.firsts = firsts
            index.pairs = pairs
            index.pairFilter = PairFilter(pairKeys)
            index.hasInflectedPairs = hasInflectedPairs
        }
    }
}
