import FuzzSupport
import QamusCore

/// libFuzzer entry: every normaliser preset must map every output scalar back into the source, monotonically.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = RoundTripCheck.text(data, size)
    let count = text.unicodeScalars.count
    for options in [NormalizationOptions.matchingKey, .orthographic, .cleanup] {
        let normalized = Normalizer(options).normalize(text)
        precondition(normalized.sourceOffsets.count == normalized.scalars.count + 1, "offset map has the wrong length")
        precondition(normalized.sourceOffsets.last == count, "offset map does not end at the source length")
        var previous = 0
        for offset in normalized.sourceOffsets {
            precondition(offset >= previous && offset <= count, "offset map not monotonic or out of range")
            previous = offset
        }
        if !normalized.scalars.isEmpty { _ = normalized.sourceRange(for: 0..<normalized.scalars.count) }
        // The key is idempotent: normalising a key changes nothing.
        let key = Normalizer(options).key(text)
        precondition(Normalizer(options).key(key) == key, "key not idempotent for \(Array(text.unicodeScalars))")
    }
    return 0
}

/// SwiftPM links an executable's entry point as `FuzzNormalizer_main`: hand over to libFuzzer.
@_cdecl("FuzzNormalizer_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
