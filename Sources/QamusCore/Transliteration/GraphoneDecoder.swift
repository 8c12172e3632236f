import Foundation

/// Beam search over a `GraphoneModel`: left to right over the Arabic letters,
/// each hypothesis extended by every graphone of the next letter, hypotheses with
/// the same n-gram state merged, the `beam` best kept.
///
/// ```swift
/// GraphoneDecoder(model: m).decode(letters: Array("سليماني".unicodeScalars), count: 1)
/// // [("slimani", …)]   (spellings with their log10 probabilities, best first)
/// ```
struct GraphoneDecoder: Sendable {
    let model: GraphoneModel
    /// Hypotheses kept per letter.
    var beam: Int = 8
    /// Hypotheses more than this (log10) below the best are dropped (3.5 → 2.5 changed 0.26%
    /// of the best spellings of the train words and made the 16-best decoder 1.3× faster).
    var threshold: Float = 2.5
    /// Graphones not seen after the previous one are tried only this many (by unigram).
    var unigramFallback = 4

    private struct Hyp {
        var context: SIMD8<UInt32>   // most recent graphone first
        var length: Int
        var score: Float
        var node: Int32               // index into the back-pointer arena, -1 at the start
    }

    /// One spelling of the n-best list: lower-case ASCII, log10 probability, and the
    /// graphone ids that spell it (the re-ranker scores them right to left).
    struct Candidate {
        var text: String
        var logProb: Float
        var graphones: [UInt32]
        /// log10 of the summed probability of every alignment of `text` in the final beam.
        var alignmentsLogProb: Float
    }

    /// The `count` best spellings (lower-case ASCII) with their log10 probabilities.
    /// Letters the model does not know are skipped.
    func decode(letters: [Unicode.Scalar], count: Int) -> [(text: String, logProb: Float)] {
        candidates(letters: letters, count: count).map { ($0.text, $0.logProb) }
    }

    /// The `count` best spellings with the graphones behind each, best first.
    func candidates(letters: [Unicode.Scalar], count: Int) -> [Candidate] {
        let maxContext = max(model.order - 1, 0)
        let width = max(beam, count)
        var arenaGraphone: [UInt32] = []
        var arenaParent: [Int32] = []
        arenaGraphone.reserveCapacity(letters.count * width * 2)
        arenaParent.reserveCapacity(letters.count * width * 2)
        var start = SIMD8<UInt32>(repeating: 0)
        start[0] = GraphoneModel.begin
        var hyps = [Hyp(context: start, length: maxContext > 0 ? 1 : 0, score: 0, node: -1)]
        var next: [Hyp] = []
        next.reserveCapacity(width + 1)
        var bowTail = [Float](repeating: 0, count: 9)
        var seen = [UInt32](repeating: 0, count: 64)
        var best = -Float.infinity

        func extend(_ hyp: Hyp, _ g: UInt32, score total: Float, match: Int) {
            if total < best - threshold { return }
            if next.count >= width, total <= next[next.count - 1].score { return }
            var context = SIMD8<UInt32>(repeating: 0)
            context[0] = g
            let length = min(match + 1, maxContext)
            if length > 1 { for i in 1..<length { context[i] = hyp.context[i - 1] } }
            arenaGraphone.append(g)
            arenaParent.append(hyp.node)
            insert(Hyp(context: context, length: length, score: total, node: Int32(arenaGraphone.count - 1)),
                   into: &next, width: width)
            if total > best { best = total }
        }

        for letter in letters {
            let v = Int(letter.value)
            guard v >= 0x0600, v < 0x0700 else { continue }
            let candidates = model.candidatesByLetter[v - 0x0600]
            if candidates.isEmpty { continue }
            next.removeAll(keepingCapacity: true)
            best = -Float.infinity
            for hyp in hyps {
                // Log probabilities and back-off weights are ≤ 0, so no extension scores above
                // its hypothesis: once the beam is full of better ones, the rest (sorted) cannot enter.
                if next.count >= width, hyp.score <= next[next.count - 1].score { break }
                if hyp.score < best - threshold { break }
                backoffTail(hyp, into: &bowTail)
                // Graphones seen after the last one: score them with the longest n-gram.
                var seenCount = 0
                if hyp.length > 0 {
                    let h1 = Int(hyp.context[0])
                    var k = Int(model.successorStart[h1])
                    let stop = Int(model.successorStart[h1 + 1])
                    // first successor of this letter (lists are sorted by letter): binary search
                    var high = stop
                    while k < high {
                        let mid = (k + high) / 2
                        if Int(model.successorLetters[mid]) < v { k = mid + 1 } else { high = mid }
                    }
                    while k < stop, Int(model.successorLetters[k]) == v {
                        let g = model.successors[k]
                        k += 1
                        if seenCount < seen.count { seen[seenCount] = g; seenCount += 1 }
                        var raw = GraphoneModel.step(GraphoneModel.step(GraphoneModel.fnvOffset, g), hyp.context[0])
                        var lp = model.successorLogProbs[k - 1]
                        var match = 1
                        while match < hyp.length {
                            raw = GraphoneModel.step(raw, hyp.context[match])
                            guard let s = model.slot(raw: raw) else { break }
                            lp = model.logProb(s)
                            match += 1
                        }
                        extend(hyp, g, score: hyp.score + lp + bowTail[match], match: match)
                    }
                }
                // The rest back off to the unigram: only the likeliest few can win.
                var taken = 0
                for g in candidates where taken < unigramFallback {
                    if seen[0..<seenCount].contains(g) { continue }
                    taken += 1
                    extend(hyp, g, score: hyp.score + model.unigram[Int(g)] + bowTail[0], match: 0)
                }
            }
            if next.isEmpty { return [] }
            swap(&hyps, &next)
        }
        // Close with the end marker and rebuild the spellings.
        var results: [Candidate] = []
        for hyp in hyps {
            backoffTail(hyp, into: &bowTail)
            var raw = GraphoneModel.step(GraphoneModel.fnvOffset, GraphoneModel.end)
            var lp = model.unigram[Int(GraphoneModel.end)]
            var match = 0
            while match < hyp.length {
                raw = GraphoneModel.step(raw, hyp.context[match])
                guard let s = model.slot(raw: raw) else { break }
                lp = model.logProb(s)
                match += 1
            }
            var graphones: [UInt32] = []
            var node = hyp.node
            while node >= 0 {
                graphones.append(arenaGraphone[Int(node)])
                node = arenaParent[Int(node)]
            }
            graphones.reverse()
            let text = model.spelling(of: graphones)
            let score = hyp.score + lp + bowTail[match]
            if let i = results.firstIndex(where: { $0.text == text }) {
                results[i].alignmentsLogProb = Self.logAdd(results[i].alignmentsLogProb, score)
                if score > results[i].logProb {
                    results[i].logProb = score
                    results[i].graphones = graphones
                }
            } else {
                results.append(Candidate(text: text, logProb: score, graphones: graphones, alignmentsLogProb: score))
            }
        }
        results.sort { $0.logProb > $1.logProb }
        if results.count > count { results.removeLast(results.count - count) }
        return results
    }

    /// log10(10^a + 10^b) without leaving the log domain.
    static func logAdd(_ a: Float, _ b: Float) -> Float {
        let (hi, lo) = a >= b ? (a, b) : (b, a)
        return hi + log10(1 + pow(10, lo - hi))
    }

    /// bowTail[m] = sum of the back-off weights of the contexts longer than m.
    @inline(__always)
    private func backoffTail(_ hyp: Hyp, into tail: inout [Float]) {
        var raw = GraphoneModel.fnvOffset
        var weights: (Float, Float, Float, Float, Float, Float, Float, Float) = (0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &weights) { buf in
            let w = buf.bindMemory(to: Float.self)
            for i in 0..<hyp.length {
                raw = GraphoneModel.step(raw, hyp.context[i])
                w[i] = i == 0 ? model.unigramBackoff[Int(hyp.context[0])] : (model.slot(raw: raw).map { model.backoff($0) } ?? 0)
            }
            tail[hyp.length] = 0
            var i = hyp.length - 1
            while i >= 0 {
                tail[i] = tail[i + 1] + w[i]
                i -= 1
            }
        }
    }

    /// Inserts keeping `hyps` sorted by score, merging a hypothesis with the same state.
    @inline(__always)
    private func insert(_ h: Hyp, into hyps: inout [Hyp], width: Int) {
        if let same = hyps.firstIndex(where: { $0.length == h.length && $0.context == h.context }) {
            if hyps[same].score >= h.score { return }
            hyps.remove(at: same)
        }
        var i = hyps.count
        while i > 0, hyps[i - 1].score < h.score { i -= 1 }
        hyps.insert(h, at: i)
        if hyps.count > width { hyps.removeLast() }
    }
}
