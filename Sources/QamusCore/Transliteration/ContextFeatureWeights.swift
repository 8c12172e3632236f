/// The re-ranker's sparse indicator features, stored dense for speed: a weight for each
/// graphone next to the Arabic letter before it ("p") and after it ("n"), and for each
/// English letter trigram of "#" + spelling + "#" ("t"). They learn the choices the
/// n-gram models leave open: o or u, e or i, a doubled consonant.
/// Mirrors `context_keys` in `Tools/translit/reranker.py`.
///
/// ```swift
/// // ("p", "#", "م", "mo"): م spelt "mo" at the start of a word (محمد → "mohamed")
/// weights.score(graphones: ids, text: "mohamed".utf8)
/// ```
struct ContextFeatureWeights: Sendable {
    /// Columns per graphone: 0 is the word edge "#", then one per Arabic letter of the model.
    private let columns: Int
    /// Column of the Arabic letter of each graphone of the model (0 for the markers).
    private let graphoneColumn: [UInt8]
    private let previous: [Float]
    private let following: [Float]
    private let trigrams: [Float]
    /// Number of weights read.
    let count: Int

    /// True when the fields of a weights-file line are one of ours (`p`, `n` or `t` first).
    static func isFeatureLine(_ fields: [Substring]) -> Bool {
        fields.count >= 3 && (fields[0] == "p" || fields[0] == "n" || fields[0] == "t")
    }

    /// Reads `p<TAB>letter<TAB>arabic<TAB>chunk<TAB>weight`, `n<TAB>…` and
    /// `t<TAB>trigram<TAB>weight` lines; graphones the model does not have are ignored
    /// (the weights were trained on lists from other models).
    init(lines: [[Substring]], model: GraphoneModel) throws {
        var column = [UInt8](repeating: 0, count: 0x100)
        var next = 1
        for l in model.letters where l >= 0x0600 && l < 0x0700 && column[Int(l) - 0x0600] == 0 {
            column[Int(l) - 0x0600] = UInt8(truncatingIfNeeded: next)
            next += 1
        }
        columns = next
        graphoneColumn = model.letters.map { $0 >= 0x0600 && $0 < 0x0700 ? column[Int($0) - 0x0600] : 0 }
        var ids: [String: Int] = [:]
        for g in 2..<model.chunks.count {
            guard let letter = Unicode.Scalar(UInt32(model.letters[g])) else { continue }
            ids[String(letter) + "\t" + String(decoding: model.chunks[g], as: UTF8.self)] = g
        }
        var previous = [Float](repeating: 0, count: model.chunks.count * next)
        var following = previous
        var trigrams = [Float](repeating: 0, count: 27 * 27 * 27)
        var count = 0
        func col(_ s: Substring) -> Int? {
            if s == "#" { return 0 }
            guard let v = s.unicodeScalars.first?.value, s.unicodeScalars.count == 1, v >= 0x0600, v < 0x0700 else { return nil }
            let c = Int(column[Int(v) - 0x0600])
            return c > 0 ? c : nil
        }
        for f in lines {
            if f[0] == "t" {
                let t = Array(f[1].utf8)
                guard f.count == 3, t.count == 3, let w = Float(f[2]), t.allSatisfy({ Self.letterIndex($0) != nil }) else {
                    throw NBestReranker.LoadError.badLine(f.joined(separator: "\t"))
                }
                trigrams[Self.trigramIndex(t[0], t[1], t[2])] = w
                count += 1
                continue
            }
            guard f.count == 5, let w = Float(f[4]), let a = f[2].unicodeScalars.first, f[2].unicodeScalars.count == 1 else {
                throw NBestReranker.LoadError.badLine(f.joined(separator: "\t"))
            }
            let key = String(a) + "\t" + f[3]
            guard let g = ids[key], let c = col(f[1]) else { continue }
            if f[0] == "p" { previous[g * next + c] = w } else { following[g * next + c] = w }
            count += 1
        }
        self.previous = previous
        self.following = following
        self.trigrams = trigrams
        self.count = count
    }

    /// The summed weights of a candidate's features (its graphone ids and their spelling).
    func score(graphones: [UInt32], text: String.UTF8View) -> Float {
        var s: Float = 0
        let n = graphones.count
        for i in 0..<n {
            let g = Int(graphones[i])
            guard g < graphoneColumn.count else { continue }
            let before = i > 0 ? column(of: graphones[i - 1]) : 0
            let after = i + 1 < n ? column(of: graphones[i + 1]) : 0
            s += previous[g * columns + before] + following[g * columns + after]
        }
        // trigrams of "#" + text + "#"
        guard let first = text.first else { return s }
        var a: UInt8 = 0x23, b = first
        for c in text.dropFirst() {
            s += trigrams[Self.trigramIndex(a, b, c)]
            a = b
            b = c
        }
        return s + trigrams[Self.trigramIndex(a, b, 0x23)]
    }

    @inline(__always) private func column(of g: UInt32) -> Int {
        Int(g) < graphoneColumn.count ? Int(graphoneColumn[Int(g)]) : 0
    }

    /// a–z → 0–25, "#" → 26.
    @inline(__always) static func letterIndex(_ b: UInt8) -> Int? {
        if b >= 0x61, b <= 0x7A { return Int(b - 0x61) }
        return b == 0x23 ? 26 : nil
    }

    @inline(__always) static func trigramIndex(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        ((letterIndex(a) ?? 26) * 27 + (letterIndex(b) ?? 26)) * 27 + (letterIndex(c) ?? 26)
    }
}
