import FuzzSupport

/// libFuzzer entry: the TBX glossary reader must never crash, and what it reads must survive a write and re-read.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    RoundTripCheck.check(RoundTripCheck.text(data, size), format: .tbx)
    return 0
}

/// SwiftPM links an executable's entry point as `FuzzTBX_main`: hand over to libFuzzer.
@_cdecl("FuzzTBX_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
