import Foundation

/// Aligns source and target sentences by dynamic programming over their lengths
/// (after Gale and Church), with anchors — glossary terms and numbers found on both
/// sides — pulling matching sentences together.
///
/// Beads: 1–1, 1–2, 2–1, 2–2, 1–0 and 0–1. A sentence pair sharing anchors costs less;
/// a bead that leaves anchors unmatched costs more. Only a band around the diagonal is
/// searched (at least 40 sentences either side), so time grows about linearly.
public struct SentenceAligner: Sendable {
    /// Cost taken off a bead for each anchor found on both sides.
    public var anchorBonus: Double
    /// Cost added for each anchor found on only one side of a bead (up to two), except in omissions.
    public var anchorPenalty: Double
    /// Variance of the target length per source character (Gale and Church's s²).
    public var variance: Double
    /// Cost added to a 1–0 or 0–1 bead besides its prior.
    public var omissionPenalty: Double

    public init(anchorBonus: Double = 2.5, anchorPenalty: Double = 3.0, variance: Double = 6.8, omissionPenalty: Double = 0) {
        self.omissionPenalty = omissionPenalty
        self.anchorBonus = anchorBonus
        self.anchorPenalty = anchorPenalty
        self.variance = variance
    }

    /// One side of the input: the length of each sentence (in characters) and its anchors.
    public struct Side: Sendable {
        public var lengths: [Int]
        /// Per sentence, the ids of the anchors it contains (glossary entries, number values).
        public var anchors: [[Int]]

        public init(lengths: [Int], anchors: [[Int]]? = nil) {
            self.lengths = lengths
            self.anchors = anchors ?? Array(repeating: [], count: lengths.count)
        }
    }

    private static let beads: [(Int, Int, Double)] = [
        (1, 1, -log(0.89)), (1, 2, -log(0.0445)), (2, 1, -log(0.0445)),
        (1, 0, -log(0.0099)), (0, 1, -log(0.0099)), (2, 2, -log(0.011)),
    ]

    /// The best alignment of `source` with `target`, beads in document order.
    public func align(source: Side, target: Side) -> [AlignmentPair] {
        let n = source.lengths.count, m = target.lengths.count
        if n == 0 { return (0..<m).map { AlignmentPair(source: [], target: [$0]) } }
        if m == 0 { return (0..<n).map { AlignmentPair(source: [$0], target: []) } }
        let totalSource = max(1, source.lengths.reduce(0, +))
        let ratio = min(2.0, max(0.8, Double(target.lengths.reduce(0, +)) / Double(totalSource)))
        let targetSets = target.anchors.map(Set.init)
        let width = m + 1
        var cost = [Double](repeating: .infinity, count: (n + 1) * width)
        var back = [UInt8](repeating: 0, count: (n + 1) * width)
        cost[0] = 0
        // Search a band around the diagonal, wide enough for every length difference plus
        // a tenth of the text in omissions and merges.
        let band = max(40, (n + m) / 10 + abs(n - m))
        for i in 0...n {
            let center = i * m / n
            for j in max(0, center - band)...min(m, center + band) where !(i == 0 && j == 0) {
                var best = Double.infinity, bestBead: UInt8 = 0
                for (b, bead) in Self.beads.enumerated() {
                    let (di, dj, prior) = bead
                    guard i >= di, j >= dj else { continue }
                    let previous = cost[(i - di) * width + (j - dj)]
                    if previous == .infinity { continue }
                    let c = previous + prior + beadCost(source, i - di..<i, target, targetSets, j - dj..<j, ratio)
                    if c < best { best = c; bestBead = UInt8(b) }
                }
                cost[i * width + j] = best
                back[i * width + j] = bestBead
            }
        }
        var pairs: [AlignmentPair] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            var (di, dj, _) = Self.beads[Int(back[i * width + j])]
            // Outside the band (never on the best path) fall back to single omissions.
            if di > i || dj > j { (di, dj) = i > 0 ? (1, 0) : (0, 1) }
            pairs.append(AlignmentPair(source: Array(i - di..<i), target: Array(j - dj..<j)))
            i -= di
            j -= dj
        }
        return pairs.reversed()
    }

    private func beadCost(
        _ source: Side, _ s: Range<Int>, _ target: Side, _ targetSets: [Set<Int>], _ t: Range<Int>, _ ratio: Double
    ) -> Double {
        var l1 = 0, l2 = 0
        for k in s { l1 += source.lengths[k] }
        for k in t { l2 += target.lengths[k] }
        // An omission has no length to compare: it costs its prior, a fixed penalty and its anchors.
        var c = (s.isEmpty || t.isEmpty) ? omissionPenalty : lengthCost(l1, l2, ratio)
        // Each distinct anchor of the bead counts once, whichever of its sentences holds it.
        var shared = 0, unmatched = 0
        var seen: [Int] = []
        for k in s {
            for a in source.anchors[k] where !seen.contains(a) {
                seen.append(a)
                if t.contains(where: { targetSets[$0].contains(a) }) { shared += 1 } else { unmatched += 1 }
            }
        }
        for k in t {
            for a in target.anchors[k] where !seen.contains(a) {
                seen.append(a)
                unmatched += 1
            }
        }
        c -= anchorBonus * Double(shared)
        // Anchors are expected to go unmatched in an omission; elsewhere they count against the bead.
        if !s.isEmpty && !t.isEmpty { c += anchorPenalty * Double(min(unmatched, 2)) }
        return c
    }

    /// −log of the probability that lengths l1 and l2 are translations (two-tailed normal).
    private func lengthCost(_ l1: Int, _ l2: Int, _ ratio: Double) -> Double {
        if l1 == 0 && l2 == 0 { return 0 }
        let mean = (Double(l1) + Double(l2) / ratio) / 2
        let delta = (Double(l2) - Double(l1) * ratio) / (max(mean, 1) * variance * ratio).squareRoot()
        let p = erfc(abs(delta) / 2.0.squareRoot())
        return -log(max(p, 1e-12))
    }
}
