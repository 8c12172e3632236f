extension String {
    /// A string made of `scalars`, encoded to UTF-8 in one pass: much cheaper than appending
    /// scalars to a `String.UnicodeScalarView` one at a time, which the tokenizer and the
    /// segmenters do for every word and sentence.
    ///
    /// ```swift
    /// String(scalars: Array("قال".unicodeScalars)[0..<2])   // "قا"
    /// ```
    public init(scalars: some Collection<Unicode.Scalar>) {
        var byteCount = 0
        for s in scalars { byteCount += UTF8.width(s) }
        guard byteCount > 0 else {
            self = ""
            return
        }
        self.init(unsafeUninitializedCapacity: byteCount) { buffer in
            var n = 0
            for s in scalars {
                UTF8.encode(s) { byte in
                    buffer[n] = byte
                    n += 1
                }
            }
            return n
        }
    }
}
