import CQamusData
import Foundation

/// Picks the best spelling of the graphone decoder's n-best list with a log-linear
/// model: the decoder's score, the same graphones scored right to left, an English
/// letter model and a few letter-pattern features, weighted as trained by
/// `Tools/translit/train_translit.py` (features mirrored from `Tools/translit/reranker.py`).
///
/// ```swift
/// // أردلان: the decoder prefers "ardlan"; the re-ranker picks "ardalan"
/// reranker.rerank(&candidates, arabicLength: 6)
/// ```
struct NBestReranker: Sendable {
    /// Errors reading the weights file.
    enum LoadError: Error, Equatable, CustomStringConvertible {
        case badLine(String)
        case featureCount(Int)
        var description: String {
            switch self {
            case .badLine(let line): return "bad re-ranker weights line \"\(line)\""
            case .featureCount(let n): return "re-ranker weights: \(n) features, expected \(NBestReranker.featureCount)"
            }
        }
    }

    static let featureCount = 19

    /// The right-to-left graphone model (same graphone ids as the decoder's model).
    let reverse: GraphoneModel
    /// The English letter model.
    let letters: GraphoneModel
    let weights: [Float]
    /// n-best depth the weights were trained on.
    let depth: Int
    /// Only candidates within this (log10) of the decoder's best are re-ranked.
    let window: Float

    /// The right-to-left model's own n-best of this depth joins the list before re-ranking (0: off).
    let reverseDepth: Int
    /// Sparse context features (graphone next to an Arabic letter, English trigrams), if trained.
    let context: ContextFeatureWeights?

    init(reverse: GraphoneModel, letters: GraphoneModel, weights: [Float], depth: Int, window: Float = 99,
         reverseDepth: Int = 0, context: ContextFeatureWeights? = nil) {
        self.reverse = reverse
        self.letters = letters
        self.weights = weights
        self.depth = depth
        self.window = window
        self.reverseDepth = reverseDepth
        self.context = context
    }

    /// Reads `Data/translit/rerank.tsv`: `#` comments, `beam<TAB>N`, `window<TAB>log10`, `r2lbeam<TAB>N`,
    /// `index<TAB>weight`, then the sparse feature lines of `ContextFeatureWeights`
    /// (they name graphones of `model`, the decoder's model; without it they are an error).
    init(reverse: GraphoneModel, letters: GraphoneModel, weightsText: String, model: GraphoneModel? = nil) throws {
        var weights = [Float](repeating: 0, count: Self.featureCount)
        var depth = 8, seen = 0, reverseDepth = 0
        var window: Float = 99
        var contextLines: [[Substring]] = []
        for line in weightsText.split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            if ContextFeatureWeights.isFeatureLine(parts), model != nil {
                contextLines.append(parts)
                continue
            }
            guard parts.count == 2, let value = Float(parts[1]) else { throw LoadError.badLine(String(line)) }
            if parts[0] == "beam" {
                depth = max(1, min(Int(value), 64))
            } else if parts[0] == "r2lbeam" {
                reverseDepth = max(0, min(Int(value), 64))
            } else if parts[0] == "window" {
                window = max(0, value)
            } else if let i = Int(parts[0]), i >= 0, i < Self.featureCount {
                weights[i] = value
                seen += 1
            } else {
                throw LoadError.badLine(String(line))
            }
        }
        guard seen == Self.featureCount else { throw LoadError.featureCount(seen) }
        var context: ContextFeatureWeights?
        if let model, !contextLines.isEmpty { context = try ContextFeatureWeights(lines: contextLines, model: model) }
        self.init(reverse: reverse, letters: letters, weights: weights, depth: depth, window: window,
                  reverseDepth: reverseDepth, context: context)
    }

    /// The shipped re-ranker; nil only if an embedded file is damaged.
    static let shipped: NBestReranker? = {
        guard let r = qamus_data_translit_r2l(), let w = qamus_data_translit_rerank(),
              let letters = TranslitResources.letterModel, let model = TranslitResources.model else { return nil }
        let reverseBytes = UnsafeRawBufferPointer(start: r, count: qamus_data_translit_r2l_size())
        let text = String(decoding: UnsafeBufferPointer(start: w, count: qamus_data_translit_rerank_size()), as: UTF8.self)
        guard let reverse = try? GraphoneModel(bytes: reverseBytes) else { return nil }
        return try? NBestReranker(reverse: reverse, letters: letters, weightsText: text, model: model)
    }()

    /// Adds the right-to-left model's `reverseDepth` best spellings (decoded from the last
    /// letter) that the list lacks, scored by the left-to-right `model`, and sorts the list:
    /// the two directions make different search errors.
    func addReverseCandidates(_ candidates: inout [GraphoneDecoder.Candidate], letters: [Unicode.Scalar],
                              model: GraphoneModel) {
        guard reverseDepth > 0 else { return }
        let decoder = GraphoneDecoder(model: reverse, beam: reverseDepth)
        let found = decoder.candidates(letters: letters.reversed(), count: reverseDepth)
        guard !found.isEmpty else { return }
        var added = false
        for c in found {
            let graphones = Array(c.graphones.reversed())
            let text = model.spelling(of: graphones)
            if candidates.contains(where: { $0.text == text }) { continue }
            let score = model.sequenceLogProb(graphones)
            candidates.append(.init(text: text, logProb: score, graphones: graphones, alignmentsLogProb: score))
            added = true
        }
        if added { candidates.sort { $0.logProb > $1.logProb } }
    }

    /// Re-scores the candidates (best first on entry) within `window` of the best and sorts
    /// them by the new score; the others follow in the decoder's order, below them.
    func rerank(_ candidates: inout [GraphoneDecoder.Candidate], arabicLength: Int, model: GraphoneModel) {
        guard let best = candidates.first?.logProb else { return }
        var n = 0
        while n < candidates.count, candidates[n].logProb >= best - window { n += 1 }
        guard n > 1 else { return }
        let rows = features(Array(candidates[0..<n]), arabicLength: arabicLength, model: model)
        var lowest = Float.infinity
        for i in 0..<n {
            var s: Float = 0
            for j in 0..<Self.featureCount { s += weights[j] * rows[i][j] }
            if let context { s += context.score(graphones: candidates[i].graphones, text: candidates[i].text.utf8) }
            candidates[i].logProb = s
            lowest = min(lowest, s)
        }
        candidates[0..<n].sort { $0.logProb > $1.logProb }
        // The rest keep their gaps to the window's edge, below the lowest re-ranked score.
        for i in n..<candidates.count { candidates[i].logProb = lowest - 1 + (candidates[i].logProb - (best - window)) }
    }

    /// One feature vector per candidate (order as in `Tools/translit/reranker.py`).
    func features(_ candidates: [GraphoneDecoder.Candidate], arabicLength: Int, model: GraphoneModel) -> [[Float]] {
        guard let best = candidates.first?.logProb else { return [] }
        var rows: [[Float]] = []
        rows.reserveCapacity(candidates.count)
        for (rank, c) in candidates.enumerated() {
            var row = Self.letterPatterns(Array(c.text.utf8), arabicLength: arabicLength)
            row[0] = c.logProb
            row[1] = reverse.sequenceLogProb(c.graphones.reversed())
            row[2] = letters.spellingLogProb(c.text.utf8)
            row[3] = c.logProb - best
            row[4] = rank == 0 ? 1 : 0
            row[5] = Float(log(Double(1 + rank)))
            var empty: Float = 0
            for g in c.graphones where Int(g) < model.chunks.count && model.chunks[Int(g)].isEmpty { empty += 1 }
            row[16] = empty
            row[18] = c.alignmentsLogProb - c.logProb
            rows.append(row)
        }
        return rows
    }

    /// Features 6–15 and 17 of a spelling (lower-case ASCII); the others are left at 0.
    static func letterPatterns(_ text: [UInt8], arabicLength: Int) -> [Float] {
        var row = [Float](repeating: 0, count: featureCount)
        let n = text.count
        row[6] = Float(n)
        row[7] = Float(n) / Float(max(arabicLength, 1))
        var doubles: Float = 0, vowelPairs: Float = 0, ou: Float = 0, ee: Float = 0, oo: Float = 0, hAfter: Float = 0
        var y: Float = 0, w: Float = 0
        for i in 0..<n {
            let b = text[i]
            if b == UInt8(ascii: "y") { y += 1 }
            if b == UInt8(ascii: "w") { w += 1 }
            guard i > 0 else { continue }
            let a = text[i - 1]
            if a == b { doubles += 1 }
            if isVowel(a), isVowel(b) { vowelPairs += 1 }
            if a == UInt8(ascii: "o"), b == UInt8(ascii: "u") { ou += 1 }
            if a == UInt8(ascii: "e"), b == UInt8(ascii: "e") { ee += 1 }
            if a == UInt8(ascii: "o"), b == UInt8(ascii: "o") { oo += 1 }
            if b == UInt8(ascii: "h"), !isVowel(a), !"cstgkpzh".utf8.contains(a) { hAfter += 1 }
        }
        row[8] = doubles
        row[9] = vowelPairs
        row[10] = n > 0 && isVowel(text[n - 1]) ? 1 : 0
        row[11] = ou
        row[12] = ee
        row[13] = y
        row[14] = w
        row[15] = oo
        row[17] = hAfter
        return row
    }

    @inline(__always) static func isVowel(_ b: UInt8) -> Bool {
        b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75 || b == 0x79
    }
}
