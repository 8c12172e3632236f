/// Newsroom conventions across the words of a name, applied left to right:
///
/// | Arabic | English |
/// |---|---|
/// | عبد الله | Abdullah |
/// | عبد الفتاح | Abdel Fattah |
/// | نصر الله | Nasrallah (ال inside the compound joins) |
/// | بن / ابن | bin / ibn (capitalised first in a name) |
/// | أبو | Abu |
/// | أم | Umm |
/// | الأسد | al-Assad (sun letters not assimilated) |
///
/// Multi-word lexicon entries (حزب الله → Hezbollah, بشار الأسد → Bashar al-Assad)
/// win over the conventions.
struct NameComposer: Sendable {
    let words: WordRenderer

    /// The longest multi-word lexicon phrase tried.
    static let maxPhrase = 4

    /// Renders consecutive Arabic words as one name.
    func compose(_ names: [String]) -> [Transliteration] {
        guard words.lexicon != nil else { return names.map { words.render($0) } }
        let keys = names.map { NameKey($0) }
        var out: [Transliteration] = []
        var i = 0
        while i < names.count {
            if names.count > 1, let (hit, used) = phraseHit(keys, from: i) {
                out.append(hit)
                i += used
                continue
            }
            let key = keys[i]
            let hasNext = i + 1 < names.count
            if hasNext, key.is(NameParticle.abd) {
                out.append(words.abdCompound(keys[i + 1]))
                i += 2
                continue
            }
            if hasNext, keys[i + 1].is(NameParticle.allah) {
                var t = words.render(names[i], key: key)
                t.text = titleCased(t.text.replacingArticle) + "allah"
                if t.origin == .nameLexicon { t.origin = .rules }
                out.append(t)
                i += 2
                continue
            }
            if hasNext, let particle = Self.particle(key) {
                let text = i == 0 ? titleCased(particle) : particle
                out.append(Transliteration(text: text, origin: .rules, score: 1))
                i += 1
                continue
            }
            out.append(words.render(names[i], key: key))
            i += 1
        }
        return out
    }

    /// Particles rendered by rule when another word follows.
    static let particles: [([Unicode.Scalar], String)] = [
        ("بن", "bin"), ("ابن", "ibn"), ("ابو", "Abu"), ("ام", "Umm"), ("بنت", "bint"),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    static func particle(_ key: NameKey) -> String? {
        guard key.count <= 3 else { return nil }
        return particles.first { key.is($0.0) }?.1
    }

    /// The longest lexicon phrase of 2…maxPhrase words starting at `i`.
    private func phraseHit(_ keys: [NameKey], from i: Int) -> (Transliteration, Int)? {
        var n = min(Self.maxPhrase, keys.count - i)
        while n >= 2 {
            if let hit = words.lexiconHit(key: NameKey.phrase(keys[i..<(i + n)])) { return (hit, n) }
            n -= 1
        }
        return nil
    }
}

private extension String {
    /// Drops a leading "al-" (the article does not survive inside a compound: نصر الله).
    var replacingArticle: String {
        hasPrefix("al-") ? String(dropFirst(3)) : self
    }
}
