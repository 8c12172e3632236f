import CQamusData
import Foundation
import Testing
@testable import QamusCore

/// The n-best re-ranker: features mirrored from Tools/translit/reranker.py, its weights
/// file, and the shipped model files it reads.
@Suite struct NBestRerankerTests {
    // (spelling, Arabic letters, [index: value]) for the letter-pattern features 6–15, 17.
    @Test(arguments: [
        ("ashberry", 6, [6: 8, 7: 8.0 / 6, 8: 1, 9: 0, 10: 1, 11: 0, 12: 0, 13: 1, 14: 0, 15: 0, 17: 0]),
        ("arnaoutovic", 9, [6: 11, 8: 0, 9: 2, 10: 0, 11: 1, 13: 0, 17: 0]),
        ("sheehan", 5, [8: 1, 9: 1, 10: 0, 12: 1, 17: 0]),            // "sh" is not an h after a consonant
        ("ardhoo", 4, [8: 1, 9: 1, 10: 1, 15: 1, 17: 1]),             // "dh" is
        ("wyw", 3, [13: 1, 14: 2, 10: 0]),
        ("", 2, [6: 0, 7: 0, 10: 0]),
    ] as [(String, Int, [Int: Double])])
    func letterPatterns(text: String, arabicLength: Int, expected: [Int: Double]) {
        let row = NBestReranker.letterPatterns(Array(text.utf8), arabicLength: arabicLength)
        #expect(row.count == NBestReranker.featureCount)
        for (i, value) in expected {
            #expect(abs(Double(row[i]) - value) < 1e-6, "feature \(i) of \(text)")
        }
        for i in [0, 1, 2, 3, 4, 5, 16, 18] { #expect(row[i] == 0) }
    }

    @Test func weightsFileParses() throws {
        let model = try #require(TranslitResources.letterModel)
        let lines = ["# comment", "beam\t12", "window\t1.5"] + (0..<NBestReranker.featureCount).map { "\($0)\t\(Double($0) / 10)" }
        let r = try NBestReranker(reverse: model, letters: model, weightsText: lines.joined(separator: "\n"))
        #expect(r.depth == 12 && r.window == 1.5)
        #expect(abs(r.weights[7] - 0.7) < 1e-6)
        #expect(throws: NBestReranker.LoadError.badLine("x\ty")) {
            try NBestReranker(reverse: model, letters: model, weightsText: "x\ty")
        }
        #expect(throws: NBestReranker.LoadError.featureCount(1)) {
            try NBestReranker(reverse: model, letters: model, weightsText: "0\t1.5")
        }
    }

    @Test func shippedRerankerLoadsAndScores() throws {
        let reranker = try #require(NBestReranker.shipped)
        let model = try #require(TranslitResources.model)
        #expect(reranker.depth >= 4)
        let letters = Array("أردلان".unicodeScalars)
        var cands = GraphoneDecoder(model: model, beam: reranker.depth).candidates(letters: letters, count: reranker.depth)
        #expect(cands.count > 1)
        let rows = reranker.features(cands, arabicLength: letters.count, model: model)
        #expect(rows.count == cands.count)
        #expect(rows.allSatisfy { $0[0].isFinite && $0[1].isFinite && $0[1] < 0 && $0[2] < 0 })
        #expect(rows[0][3] == 0 && rows[0][4] == 1 && rows[1][4] == 0)
        #expect(rows.allSatisfy { $0[18] >= -1e-4 })   // summed alignments ≥ the best one
        // The letter model scores a spelling the same way through either entry point.
        let text = cands[0].text
        let ids = text.utf8.map { b in UInt32(b - UInt8(ascii: "a") + 2) }
        #expect(abs(reranker.letters.spellingLogProb(text.utf8) - reranker.letters.sequenceLogProb(ids)) < 1e-4)
        reranker.rerank(&cands, arabicLength: letters.count, model: model)
        #expect(zip(cands, cands.dropFirst()).allSatisfy { $0.logProb >= $1.logProb })
    }

    @Test(arguments: [
        ("محمد", ["mohamed", "mohammed", "muhammad", "mohammad"]),
        ("جورج", ["george", "georg"]),
        ("لندن", ["london"]),
        ("كارلوس", ["carlos"]),
        ("روبرت", ["robert"]),
        ("ميشيل", ["michel"]),
        ("ديفيد", ["david"]),
    ])
    func modelAloneSpellsKnownPairs(arabic: String, accepted: [String]) {
        let text = Transliterator(useLexicons: false).transliterate(arabic).text.lowercased()
        #expect(accepted.contains(text), "\(arabic) → \(text)")
    }

    static let blobs: [(String, @Sendable () -> UnsafePointer<UInt8>?, @Sendable () -> Int)] = [
        ("Data/translit/english.qtm", { qamus_data_translit_letters() }, { qamus_data_translit_letters_size() }),
        ("Data/translit/graphone-r2l.qtm", { qamus_data_translit_r2l() }, { qamus_data_translit_r2l_size() }),
        ("Data/translit/rerank.tsv", { qamus_data_translit_rerank() }, { qamus_data_translit_rerank_size() }),
    ]

    @Test("embedded model files equal the repository files", arguments: blobs.map(\.0))
    func embeddedModelIsCurrent(path: String) throws {
        let blob = try #require(Self.blobs.first { $0.0 == path })
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = try Data(contentsOf: root.appendingPathComponent(path))
        let pointer = try #require(blob.1())
        #expect(Data(bytes: pointer, count: blob.2()) == file, "\(path) is stale: touch Sources/CQamusData/translit.c")
    }
}
