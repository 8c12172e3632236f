import Foundation

/// Renders one Arabic word in newsroom English: a lexicon hit, else the article
/// or عبد convention around a lexicon hit or a model spelling, else the model.
///
/// ```swift
/// renderer.render("الأسد")    // "al-Assad"   (curated list)
/// renderer.render("وبوتين")   // "Putin"      (و "and" stripped: بوتين is a known name)
/// renderer.render("غويلوت")   // "Guelot"     (model; the reference is "Guillot")
/// ```
struct WordRenderer: Sendable {
    let lexicon: NameLexicon?
    let model: GraphoneModel?
    /// Re-ranks the model's n-best list (nil: the decoder's own order).
    var reranker: NBestReranker? = nil
    var beam = 8

    static let orthographic = Normalizer(.orthographic)
    static let article: [Unicode.Scalar] = NameParticle.article
    static let clitics: [Unicode.Scalar] = Array("وفبل".unicodeScalars)

    /// Base scores per source rank (curated, CLDR, Wikidata, Google).
    static func lexiconScore(_ rank: Int) -> Double { [1.0, 0.95, 0.85, 0.8][min(rank, 3)] }

    // MARK: - Lexicon

    /// A lexicon hit for the word as written (article handled), or after stripping
    /// one leading و/ف/ب/ل when the rest is a curated name or a CLDR place (the large
    /// data lexicons would turn فرانك "Frank" into ف + رانك "Rank").
    func lexiconSpelling(_ word: String) -> Transliteration? {
        lexiconSpelling(key: NameKey(word))
    }

    /// `stems`: an ال-word may also hit through its stem in the large data lexicons
    /// (الطيراوي → al-Tirawi). Right for spelling a word known to be a name; too loose
    /// for deciding that a word is one (التي "which" → stem تي → "al-Ti").
    func lexiconSpelling(key: NameKey, stems: Bool = true) -> Transliteration? {
        guard lexicon != nil else { return nil }
        if let hit = lexiconHit(key: key, stems: stems) { return hit }
        if key.count >= 4, let first = key.scalars.first, Self.clitics.contains(first) {
            if let hit = lexiconHit(key: key.dropping(1), stems: false), hit.score >= Self.lexiconScore(1) { return hit }
        }
        return nil
    }

    /// Whole-key lookup; for ال-words, sources that drop the article get "al-" back.
    /// `stems`: try the stem of an ال-word in every lexicon, not only the curated and CLDR ones.
    func lexiconHit(key: NameKey, stems: Bool = true) -> Transliteration? {
        guard let lexicon else { return nil }
        let hasArticle = key.count > 3 && key.starts(with: Self.article)
        if let e = lexicon.first(key: key) {
            if !hasArticle || e.keepsArticle { return hit(e, text: e.english) }
            return hit(e, text: withArticle(e.english))
        }
        if hasArticle, let e = lexicon.first(key: key.dropping(2)), stems || e.rank <= 1 {
            return hit(e, text: withArticle(e.english))
        }
        return nil
    }

    private func hit(_ e: NameLexicon.Entry, text: String) -> Transliteration {
        Transliteration(text: text, origin: .nameLexicon, source: e.source, score: Self.lexiconScore(e.rank))
    }

    /// "al-" + the stem, unless the spelling already carries an article: "el-Sisi"
    /// stays, a data spelling with the article fused ("alshammari") becomes "al-Shammari".
    func withArticle(_ english: String) -> String {
        let lower = english.lowercased()
        for prefix in ["al-", "el-", "al ", "el "] where lower.hasPrefix(prefix) {
            return lower.prefix(2) + "-" + titleCased(english.dropFirst(3))
        }
        for prefix in ["al", "el"] where lower.hasPrefix(prefix) && lower.count > 5 {
            return "al-" + titleCased(english.dropFirst(2))
        }
        return "al-" + titleCased(english)
    }

    // MARK: - Whole word

    /// The newsroom rendering of one Arabic word (no spaces).
    func render(_ word: String) -> Transliteration {
        render(word, key: NameKey(word))
    }

    func render(_ word: String, key: NameKey) -> Transliteration {
        if lexicon == nil { return modelRendering(word) }
        if let hit = lexiconSpelling(key: key) { return hit }
        // عبدالله, عبدالفتاح written as one word.
        if key.count > 4, key.starts(with: NameParticle.abd) {
            return abdCompound(key.dropping(3))
        }
        // Article: "al-" + the stem, sun letters not assimilated (الشمري → al-Shamri).
        if key.count > 3, key.starts(with: Self.article) {
            var t = modelRendering(String(scalars: key.scalars.dropFirst(2)))
            t.text = "al-" + t.text
            return t
        }
        return modelRendering(word)
    }

    /// عبد + a second word: عبد الله → Abdullah, عبد الفتاح → Abdel Fattah, عبد ربه → Abd Rabbo.
    func abdCompound(_ second: NameKey) -> Transliteration {
        if second.is(NameParticle.allah) {
            return Transliteration(text: "Abdullah", origin: .rules, score: 1)
        }
        if second.count > 2, second.starts(with: Self.article) {
            var t = stemRendering(second.dropping(2))
            t.text = "Abdel " + t.text
            return t
        }
        var t = render(String(scalars: second.scalars), key: second)
        t.text = "Abd " + t.text
        return t
    }

    /// A stem after a particle or article: lexicon if it knows it, else the model.
    func stemRendering(_ stem: NameKey) -> Transliteration {
        if let hit = lexiconHit(key: stem) { return hit }
        return modelRendering(String(scalars: stem.scalars))
    }

    // MARK: - Model

    /// The model's best spelling, title-cased.
    func modelRendering(_ word: String) -> Transliteration {
        modelCandidates(word, count: 1).first ?? Transliteration(text: "", origin: .model, score: 0)
    }

    /// The model's `count` best spellings with their share of probability among them;
    /// a leading article is left out (الطيراوي → "Tirawi"; `render` adds "al-").
    func modelCandidates(_ word: String, count: Int) -> [Transliteration] {
        guard let model else { return [] }
        var letters = Self.modelLetters(word)
        // The model spells stems (it was trained with the article removed).
        if letters.count > 3, letters.starts(with: Self.article) { letters.removeFirst(2) }
        if letters.isEmpty { return [] }
        let decoder = GraphoneDecoder(model: model, beam: max(beam, count, reranker?.depth ?? 0))
        if letters.count > 64 {
            // A run-on "word" (pasted text without spaces): spell it piece by piece.
            var text = ""
            var start = 0
            while start < letters.count {
                let piece = Array(letters[start..<min(start + 32, letters.count)])
                text += decoder.decode(letters: piece, count: 1).first?.text ?? ""
                start += 32
            }
            return [Transliteration(text: titleCased(text), origin: .model, score: 0)]
        }
        var results = decoder.candidates(letters: letters, count: max(count, reranker?.depth ?? 0))
        if let reranker {
            reranker.addReverseCandidates(&results, letters: letters, model: model)
            // Re-rank: decoder score, right-to-left score, English letter model and letter
            // patterns, weighted as trained by Tools/translit/train_translit.py.
            reranker.rerank(&results, arabicLength: letters.count, model: model)
        }
        if results.count > count { results.removeLast(results.count - count) }
        guard let top = results.first?.logProb else { return [] }
        var total = 0.0
        for r in results { total += pow(10, Double(r.logProb - top)) }
        return results.map {
            Transliteration(text: titleCased($0.text), origin: .model, score: pow(10, Double($0.logProb - top)) / total)
        }
    }

    /// The letters the model reads: diacritics and tatweel gone, presentation and
    /// Persian forms folded, ٱ as ا, anything else dropped. Very long words are cut
    /// at 64 letters for the model.
    static func modelLetters(_ word: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(word.unicodeScalars.count)
        for s in word.unicodeScalars {
            orthographic.appendFolded(s) { f in
                switch f.value {
                case 0x0621...0x063A, 0x0641...0x064A, 0x067E, 0x0686, 0x06A4, 0x06AF: out.append(f)
                case 0x0671...0x0673: out.append("\u{0627}")
                case 0x06A5, 0x06A2: out.append("\u{0641}")
                case 0x06AD: out.append("\u{0643}")
                default: break
                }
            }
        }
        return out
    }
}
