import Testing
@testable import QamusCore

@Suite("WordCatalog")
struct WordCatalogTests {
    /// Numbers `words` in one catalog, recording each key it reads.
    static func numbers(_ words: [String]) -> (numbers: [Int], catalog: WordCatalog) {
        var catalog = WordCatalog()
        let numbers = words.map { word in
            let scalars = Array(word.unicodeScalars)
            return scalars.withUnsafeBufferPointer {
                catalog.number($0, 0..<scalars.count, text: word) { _ in WordCatalog.Reading(single: nil, multi: []) }
            }
        }
        return (numbers, catalog)
    }

    /// Spellings with the same matching key share a number; the key is the normaliser's.
    @Test("spellings with one key share a number", arguments: [
        ["بوتين", "بُوتِين", "بوتـــين"], ["إيران", "ايران", "آيران"], ["مفاوضة", "مفاوضه"], ["S-300", "s-300"],
    ])
    func spellingsShareANumber(words: [String]) {
        let (numbers, catalog) = Self.numbers(words)
        #expect(Set(numbers).count == 1, "\(words)")
        #expect(catalog.keys[numbers[0]] == Normalizer.matching.key(words[0]))
    }

    /// Words the short-word table cannot hold (over 12 letters, presentation forms) are
    /// told apart as written; spellings of one key still read the same key.
    @Test("long and unfoldable words keep their key", arguments: [
        ["وبالمفاوضاتالمطولة", "وبالمفاوضاتالمطوله", "وبالمفاوضاتالمطولة"], ["ﺑﻮﺗﻴﻦ", "بوتين", "ﺑﻮﺗﻴﻦ"],
    ])
    func longAndUnfoldableWordsKeepTheirKey(words: [String]) {
        let (numbers, catalog) = Self.numbers(words)
        #expect(numbers[0] == numbers[2])
        #expect(Set(numbers.map { catalog.keys[$0] }) == [Normalizer.matching.key(words[0])])
    }

    /// Words that differ anywhere, in short words (one table slot) and long ones (bytes), keep apart.
    @Test func differentWordsGetDifferentNumbers() {
        let base = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"  // 28 letters
        var words: [String] = []
        for length in 1...20 {
            let word = String(base.prefix(length))
            words.append(word)
            words.append(String(word.dropLast()) + "ي")  // differs in the last letter only
        }
        words += ["Moscow", "moscow2", "", "ـ", "Straße"]
        let (numbers, catalog) = Self.numbers(words)
        for (i, word) in words.enumerated() {
            let key = Normalizer.matching.key(word)
            #expect(catalog.keys[numbers[i]] == key, "\(word)")
            for (j, other) in words.enumerated() where j < i && Normalizer.matching.key(other) != key {
                #expect(numbers[i] != numbers[j], "\(word) / \(other)")
            }
        }
    }

    /// The short-word table keeps every word through many growths, with numbers up to its limit.
    @Test func shortWordTableKeepsEveryWordThroughGrowth() {
        var table = ShortWordTable(capacity: 4)
        var words: [PackedLetters] = []
        for n in 0..<5_000 {
            var word = PackedLetters()
            var v = n
            repeat {
                _ = word.append(UInt16(0x0628 + v % 20))
                v /= 20
            } while v > 0
            words.append(word)
            #expect(table.number(of: word) == nil)
            // Spread the numbers over the whole 18 bits the slots hold.
            let inserted = table.insert(word, number: n * 52)
            #expect(inserted)
        }
        for (n, word) in words.enumerated() {
            #expect(table.number(of: word) == n * 52)
        }
        #expect(table.count == 5_000)
        var last = PackedLetters()
        _ = last.append(0x0645)
        let tooLarge = table.insert(last, number: ShortWordTable.numberLimit)
        let largest = table.insert(last, number: ShortWordTable.numberLimit - 1)
        #expect(!tooLarge && largest && table.number(of: last) == ShortWordTable.numberLimit - 1)
    }

    /// Packed letters hold ten letters of up to 11 bits each, read back in order; an 11th is refused.
    @Test func packedLettersHoldTenLetters() {
        var word = PackedLetters()
        let letters: [UInt16] = [0x0621, 0x06FF, 0x0030, 0x007A, 0x0644, 0x0627, 0x0644, 0x0642, 0x062F, 0x0633]
        let appended = letters.filter { word.append($0) }.count
        let eleventh = word.append(0x0628)
        #expect(appended == 10 && !eleventh)
        #expect(word.letters == letters && word.count == 10)
        var other = PackedLetters()
        for letter in letters.dropLast() { _ = other.append(letter) }
        #expect(other != word)
        _ = other.append(0x0634)
        #expect(other != word && other.hash != word.hash)
    }

    /// Letters read back as written, at every one of the 32 places; a 33rd is refused.
    @Test func letterBufferHoldsThirtyTwoLetters() {
        var buffer = LetterBuffer()
        var appended = 0
        for i in 0..<32 where buffer.append(UInt16(0x0621 + i)) { appended += 1 }
        let thirtyThird = buffer.append(0x0628)
        #expect(appended == 32 && !thirtyThird)
        #expect((0..<32).map { buffer[$0] } == (0..<32).map { UInt16(0x0621 + $0) })
        #expect(buffer.withLetters { Array($0) } == (0..<32).map { UInt16(0x0621 + $0) })
        let head = buffer.head
        #expect(head.0 & 0xFFFF == 0x0621 && head.3 >> 48 == UInt64(0x0621 + 15))
    }

    /// The lane hash read where a reading starts in a folded word (with zeros after it)
    /// is the hash the run has on its own; the role bits above each letter do not count;
    /// runs over twelve letters take a hash of their own.
    @Test func runHashOfLanesIsTheRunsOwnHash() {
        let word = Array("وبالحرس".unicodeScalars.map { UInt16($0.value) })  // 7 letters
        let folded = word.map { $0 | FirstWordFilter.role(of: $0) << 11 } + Array(repeating: 0, count: RunHash.maxLaned)
        folded.withUnsafeBytes { lanes in
            word.withUnsafeBufferPointer { word in
                guard let base = lanes.baseAddress else { return }
                for start in 0..<word.count {
                    #expect(RunHash.of(lanesAt: base + 2 * start) == RunHash.of(UnsafeBufferPointer(rebasing: word[start...])), "\(start)")
                }
                #expect(RunHash.of(word) != RunHash.of(UnsafeBufferPointer(rebasing: word[1...])))
                #expect(RunHash.of(UnsafeBufferPointer(rebasing: word[3...])) != RunHash.of(UnsafeBufferPointer(rebasing: word[3..<6])))
            }
        }
        let long = Array("وبالاستخبارات".unicodeScalars.map { UInt16($0.value) })  // 13 letters
        long.withUnsafeBufferPointer { long in
            let twelve = UnsafeBufferPointer(rebasing: long[1...]), thirteen = long
            #expect(RunHash.of(twelve) != RunHash.of(thirteen))
            #expect(RunHash.of(twelve) != RunHash.of(UnsafeBufferPointer(rebasing: long[1..<12])))
            #expect(RunHash.of(UnsafeBufferPointer(rebasing: long[4...])) != RunHash.of(UnsafeBufferPointer(rebasing: long[5...])))
        }
    }

    /// The backward letter hash gives every suffix run the hash it has on its own.
    @Test func letterHashOfASuffixIsItsOwnHash() {
        var word = LetterBuffer(), tail = LetterBuffer()
        for c in "وبالحرس".unicodeScalars { _ = word.append(UInt16(c.value)) }
        for c in "حرس".unicodeScalars { _ = tail.append(UInt16(c.value)) }
        #expect(LetterHash.of(word, from: 4) == LetterHash.of(tail, from: 0))
        #expect(LetterHash.of(word, from: 0, to: 3) != LetterHash.of(word, from: 0, to: 4))
    }
}
