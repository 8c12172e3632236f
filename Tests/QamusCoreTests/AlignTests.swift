import Testing
@testable import QamusCore

@Suite struct AlignTests {
    let aligner = SentenceAligner()

    @Test func equalLengthsAlignOneToOne() {
        let pairs = aligner.align(source: .init(lengths: [100, 40, 80]), target: .init(lengths: [130, 52, 104]))
        #expect(pairs == [.init(source: [0], target: [0]), .init(source: [1], target: [1]), .init(source: [2], target: [2])])
    }

    @Test func aTargetSentenceCoveringTwoSourcesIsTwoToOne() {
        let pairs = aligner.align(source: .init(lengths: [100, 60, 60, 90]), target: .init(lengths: [130, 156, 117]))
        #expect(pairs == [.init(source: [0], target: [0]), .init(source: [1, 2], target: [1]), .init(source: [3], target: [2])])
    }

    @Test func aSourceSplitInTwoIsOneToTwo() {
        let pairs = aligner.align(source: .init(lengths: [100, 160, 90]), target: .init(lengths: [130, 100, 108, 117]))
        #expect(pairs == [.init(source: [0], target: [0]), .init(source: [1], target: [1, 2]), .init(source: [2], target: [3])])
    }

    @Test func anchorsRevealAnOmission() {
        // Sentence 1 carries anchor 7, which no target sentence has: it was left out.
        let source = SentenceAligner.Side(lengths: [100, 60, 100], anchors: [[1], [7], [2]])
        let target = SentenceAligner.Side(lengths: [130, 125], anchors: [[1], [2]])
        let pairs = aligner.align(source: source, target: target)
        #expect(pairs.contains(.init(source: [1], target: [])), "\(pairs)")
    }

    @Test func anchorsPullSentencesTogetherAgainstLength() {
        // Target 0 carries the anchors of both source sentences: they go in one bead.
        let source = SentenceAligner.Side(lengths: [80, 80], anchors: [[1], [2]])
        let target = SentenceAligner.Side(lengths: [150, 20], anchors: [[1, 2], []])
        let pairs = aligner.align(source: source, target: target)
        #expect(pairs.first?.source == [0, 1] && pairs.first?.target.first == 0, "\(pairs)")
    }

    @Test func emptySides() {
        #expect(aligner.align(source: .init(lengths: []), target: .init(lengths: [5])) == [.init(source: [], target: [0])])
        #expect(aligner.align(source: .init(lengths: [5]), target: .init(lengths: [])) == [.init(source: [0], target: [])])
    }

    @Test func seedArticleAlignsSentenceBySentence() throws {
        let input = try CheckFixtures.seedInput(target: "Examples/soleimani-moscow.en.txt")
        let report = CheckRunner(glossary: try CheckFixtures.seedGlossary()).run(input)
        #expect(report.context.alignment.count == input.source.count)
        #expect(report.context.alignment.allSatisfy { $0.source == $0.target })
    }
}

@Suite struct AlignBandTests {
    @Test func veryUnevenSidesStillAlignEverySentence() {
        let pairs = SentenceAligner().align(source: .init(lengths: Array(repeating: 50, count: 3)),
                                            target: .init(lengths: Array(repeating: 5, count: 200)))
        #expect(pairs.flatMap(\.source) == [0, 1, 2])
        #expect(pairs.flatMap(\.target) == Array(0..<200))
    }
}
