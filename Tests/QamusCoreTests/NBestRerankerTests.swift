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

    // Sparse context features: the same sums as reranker.score over context_keys in Python
    // (computed there for these weights and candidates).
    static let contextLines = [
        "p\t#\tم\tmo\t0.5", "p\tم\tح\tha\t0.25", "n\tح\tم\tmo\t-1", "n\t#\tد\ted\t2",
        "t\t#mo\t0.125", "t\ted#\t-0.5", "t\tham\t0.0625",
        "p\t#\tق\tzzz\t9",   // a graphone the model does not have: ignored
    ]

    @Test(arguments: [
        ([("م", "mo"), ("ح", "ha"), ("م", "m"), ("د", "ed")], 1.4375),   // محمد → "mohamed"
        ([("م", "mo")], 0.625),
        ([("د", "ed"), ("م", "m")], 0.0),
    ] as [([(String, String)], Double)])
    func contextFeaturesMirrorPython(graphones: [(String, String)], expected: Double) throws {
        let model = try #require(TranslitResources.model)
        let weights = try ContextFeatureWeights(
            lines: Self.contextLines.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }, model: model)
        #expect(weights.count == 7)
        var ids: [UInt32] = []
        for (arabic, chunk) in graphones {
            let letter = try #require(arabic.unicodeScalars.first).value
            let g = try #require((2..<model.chunks.count).first {
                UInt32(model.letters[$0]) == letter && model.chunks[$0] == Array(chunk.utf8)
            })
            ids.append(UInt32(g))
        }
        let text = graphones.map(\.1).joined()
        #expect(abs(Double(weights.score(graphones: ids, text: text.utf8)) - expected) < 1e-6)
    }

    @Test func weightsFileWithContextLines() throws {
        let model = try #require(TranslitResources.model)
        let letters = try #require(TranslitResources.letterModel)
        let lines = ["beam\t16", "r2lbeam\t4"] + (0..<NBestReranker.featureCount).map { "\($0)\t0.5" } + Self.contextLines
        let r = try NBestReranker(reverse: model, letters: letters, weightsText: lines.joined(separator: "\n"), model: model)
        #expect(r.reverseDepth == 4 && r.context?.count == 7)
        // Without the decoder's model the graphones cannot be resolved: the lines are refused.
        #expect(throws: NBestReranker.LoadError.self) {
            try NBestReranker(reverse: model, letters: letters, weightsText: lines.joined(separator: "\n"))
        }
        #expect(throws: NBestReranker.LoadError.badLine("t\tab\t1")) {
            try NBestReranker(reverse: model, letters: letters, weightsText: (lines + ["t\tab\t1"]).joined(separator: "\n"),
                              model: model)
        }
    }

    @Test func reverseCandidatesJoinTheList() throws {
        let shipped = try #require(NBestReranker.shipped)
        let model = try #require(TranslitResources.model)
        let r = NBestReranker(reverse: shipped.reverse, letters: shipped.letters, weights: shipped.weights,
                              depth: 1, reverseDepth: 8)
        var grew = 0
        for word in ["أدوري", "أموديو", "سونيس", "أرناؤوطوفيتش"] {
            let letters = Array(word.unicodeScalars)
            var cands = GraphoneDecoder(model: model, beam: 1).candidates(letters: letters, count: 1)
            let first = try #require(cands.first?.text)
            r.addReverseCandidates(&cands, letters: letters, model: model)
            if cands.count > 1 { grew += 1 }
            #expect(cands.contains { $0.text == first })
            #expect(Set(cands.map(\.text)).count == cands.count)
            #expect(zip(cands, cands.dropFirst()).allSatisfy { $0.logProb >= $1.logProb })
            for c in cands {
                // graphones in reading order, spelling the text, scored left to right
                #expect(c.graphones.count == letters.count)
                #expect(c.graphones.flatMap { model.chunks[Int($0)] } == Array(c.text.utf8))
                #expect(abs(model.sequenceLogProb(c.graphones) - c.logProb) < 1e-3)
            }
        }
        #expect(grew >= 2)
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
}
