import FuzzSupport
import QamusCore

/// libFuzzer entry: sentences must be ordered, non-overlapping, inside the text, and inside their paragraph.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = RoundTripCheck.text(data, size)
    let document = DocumentSegmenter().segment(text)
    var end = 0
    for sentence in document.sentences {
        precondition(sentence.range.lowerBound >= end, "sentences overlap or go backwards")
        precondition(sentence.range.upperBound <= document.scalars.count, "sentence past the end of the text")
        precondition(document.paragraphs.indices.contains(sentence.paragraph), "sentence in no paragraph")
        let paragraph = document.paragraphs[sentence.paragraph].range
        precondition(paragraph.lowerBound <= sentence.range.lowerBound && sentence.range.upperBound <= paragraph.upperBound,
                     "sentence outside its paragraph")
        end = sentence.range.upperBound
    }
    var previous = 0
    for token in WordTokenizer().tokenize(scalars: document.scalars, in: 0..<document.scalars.count) {
        precondition(token.range.lowerBound >= previous && token.range.upperBound <= document.scalars.count, "token out of order or range")
        previous = token.range.upperBound
    }
    return 0
}

/// SwiftPM links an executable's entry point as `FuzzSegmenter_main`: hand over to libFuzzer.
@_cdecl("FuzzSegmenter_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
