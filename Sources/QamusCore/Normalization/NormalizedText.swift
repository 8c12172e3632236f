/// Text after normalisation, with a map back to the original.
///
/// Offsets are Unicode scalar offsets. `sourceOffsets[i]` is where normalised
/// scalar `i` came from in the source; `sourceOffsets[count]` is the source
/// length, so any normalised range maps back with `sourceRange(for:)`.
public struct NormalizedText: Sendable, Equatable {
    /// The normalised scalars.
    public var scalars: [Unicode.Scalar]
    /// Source offset of each normalised scalar, plus one final entry: the source length.
    public var sourceOffsets: [Int]

    public init(scalars: [Unicode.Scalar], sourceOffsets: [Int]) {
        self.scalars = scalars
        self.sourceOffsets = sourceOffsets
    }

    /// The normalised text as a `String`.
    public var string: String { String(scalars: scalars) }

    /// The source range (scalar offsets) that produced the normalised `range`.
    ///
    /// A range that ends inside an expansion (ﻻ → لا) is widened to the whole source scalar.
    public func sourceRange(for range: Range<Int>) -> Range<Int> {
        let lower = sourceOffsets[range.lowerBound]
        if range.isEmpty { return lower..<lower }
        let lastSource = sourceOffsets[range.upperBound - 1]
        var upper = sourceOffsets[range.upperBound]
        if upper <= lastSource { upper = lastSource + 1 }
        return lower..<max(upper, lower)
    }
}
