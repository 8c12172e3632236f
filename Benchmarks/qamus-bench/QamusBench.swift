import Foundation
import QamusCore

/// `qamus-bench`: in-process throughput of the pipeline stages on the benchmark
/// corpus made by `Scripts/bench/make_corpus.py`. Never part of `swift test`;
/// run through `Scripts/bench/run.sh`, which also times the CLI and the peers.
@main
struct QamusBench {
    static func main() throws {
        let args = CommandLine.arguments
        let dir = args.count > 1 ? args[1] : "bench-out"
        let corpus = try String(contentsOfFile: dir + "/corpus.txt", encoding: .utf8)
        let words = corpus.split(whereSeparator: \.isWhitespace).count
        print("corpus: \(words) words (times are CPU seconds of one thread)")

        // Segmentation: paragraphs, sentences, words.
        var t = cpu()
        let document = DocumentSegmenter().segment(corpus)
        let segmentSeconds = cpu() - t
        t = cpu()
        let tokenizer = WordTokenizer()
        var sentenceTokens: [[Token]] = []
        var sentenceScalars: [[Unicode.Scalar]] = []
        for s in document.sentences {
            let scalars = Array(s.text.unicodeScalars)
            sentenceScalars.append(scalars)
            sentenceTokens.append(tokenizer.tokenize(scalars: scalars, in: 0..<scalars.count))
        }
        let tokenizeSeconds = cpu() - t
        // The same tokens held flat: one token array and one scalar array for the whole corpus,
        // with each sentence's stretch of tokens (as a document tokenized whole keeps them).
        var flatTokens: [Token] = []
        var sentenceStretches: [Range<Int>] = []
        for s in document.sentences {
            let start = flatTokens.count
            flatTokens += tokenizer.tokenize(scalars: document.scalars, in: s.range)
            sentenceStretches.append(start..<flatTokens.count)
        }
        report("segment (paragraphs+sentences)", words, segmentSeconds)
        report("tokenize (\(sentenceTokens.reduce(0) { $0 + $1.count }) tokens in \(document.sentences.count) sentences)", words, tokenizeSeconds)

        // Matching alone, one core, per glossary size.
        // QAMUS_BENCH_SIZES=100k limits the glossaries; QAMUS_BENCH_PASSES (default 5) sets how many timed
        // passes to take the fastest of (30 for a profiler).
        let environment = ProcessInfo.processInfo.environment
        let sizes = environment["QAMUS_BENCH_SIZES"]?.split(separator: ",").map(String.init) ?? ["1k", "10k", "100k", "1m"]
        let passes = max(1, Int(environment["QAMUS_BENCH_PASSES"] ?? "") ?? 5)
        for label in sizes {
            let path = "\(dir)/gloss-\(label).tsv"
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let entries = try loadTSV(path)
            t = cpu()
            let index = TermIndex(entries: entries)
            let build = cpu() - t
            let matcher = TermMatcher(index: index)
            // Warm the per-word caches once, as a long-running batch would be.
            var found = 0
            for (tokens, scalars) in zip(sentenceTokens, sentenceScalars) { found += matcher.matches(tokens: tokens, scalars: scalars).count }
            // The fastest of `passes` timed passes: the machine is shared, and slow passes are other tenants' noise.
            // Pre-tokenized per sentence: each sentence's tokens and scalars in arrays of their own, two
            // separately allocated arrays per sentence (~115,000 for the corpus), each first read a cache miss.
            var seconds = Double.infinity
            for _ in 0..<passes {
                found = 0
                t = cpu()
                for (tokens, scalars) in zip(sentenceTokens, sentenceScalars) { found += matcher.matches(tokens: tokens, scalars: scalars).count }
                seconds = min(seconds, cpu() - t)
            }
            let megabytes = String(format: "%.0f MB", Double(index.footprint) / 1e6)
            report("match, \(label) entries, pre-tokenized per sentence (index built in \(ms(build)), \(megabytes), \(found) matches, \(matcher.cachedWordCount) distinct words catalogued)", words, seconds)
            // Pre-tokenized flat: the same tokens in one array and the text in one scalar array, matched
            // sentence by sentence (as pyahocorasick reads one pre-normalised string).
            var flatSeconds = Double.infinity
            var flatFound = 0
            for _ in 0..<passes {
                flatFound = 0
                t = cpu()
                for stretch in sentenceStretches { flatFound += matcher.matches(tokens: flatTokens[stretch], scalars: document.scalars).count }
                flatSeconds = min(flatSeconds, cpu() - t)
            }
            report("match, \(label) entries, pre-tokenized flat (one token array and one scalar array; \(flatFound) matches)", words, flatSeconds)
            // As in `draft`: each batch of sentences is tokenized right before it is matched, so
            // the matcher reads tokens still in cache; only the matching is timed.
            let batched = (0..<passes).map { _ in matchInBatches(document.sentences, tokenizer, matcher) }.min() ?? 0
            report("match, \(label) entries, tokenized just before (batches of \(batchSize) sentences)", words, batched)
        }

        if let entries = try? loadTSV("\(dir)/gloss-100k.tsv") {
            let index = TermIndex(entries: entries)
            // Cold matching (empty caches): the first pass over a new corpus.
            let filtered = TermMatcher(index: index)
            t = cpu()
            for (tokens, scalars) in zip(sentenceTokens, sentenceScalars) { _ = filtered.matches(tokens: tokens, scalars: scalars) }
            report("match, 100k entries, cold caches", words, cpu() - t)

            // The first-word filter must not change a single match: compare with a matcher that
            // looks every word up, and time that one too.
            let unfiltered = TermMatcher(index: index, prefilter: false)
            var differences = 0
            for (tokens, scalars) in zip(sentenceTokens, sentenceScalars)
            where filtered.matches(tokens: tokens, scalars: scalars) != unfiltered.matches(tokens: tokens, scalars: scalars) {
                differences += 1
            }
            t = cpu()
            for (tokens, scalars) in zip(sentenceTokens, sentenceScalars) { _ = unfiltered.matches(tokens: tokens, scalars: scalars) }
            report("match, 100k entries, no first-word filter (sentences matched differently with the filter: \(differences))", words, cpu() - t)
        }
        print(String(format: "peak RSS: %.0f MB", peakMemoryMB()))
    }

    static let batchSize = 64

    /// CPU seconds spent matching `sentences`, tokenized `batchSize` at a time just before.
    static func matchInBatches(_ sentences: [Sentence], _ tokenizer: WordTokenizer, _ matcher: TermMatcher) -> Double {
        var seconds = 0.0
        var start = 0
        var tokens: [[Token]] = [], scalars: [[Unicode.Scalar]] = []
        while start < sentences.count {
            tokens.removeAll(keepingCapacity: true)
            scalars.removeAll(keepingCapacity: true)
            for s in sentences[start..<min(start + batchSize, sentences.count)] {
                let text = Array(s.text.unicodeScalars)
                scalars.append(text)
                tokens.append(tokenizer.tokenize(scalars: text, in: 0..<text.count))
            }
            let t = cpu()
            for k in tokens.indices { _ = matcher.matches(tokens: tokens[k], scalars: scalars[k]) }
            seconds += cpu() - t
            start += batchSize
        }
        return seconds
    }

    static func loadTSV(_ path: String) throws -> [GlossaryEntry] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var entries: [GlossaryEntry] = []
        for (i, line) in text.split(separator: "\n").enumerated() where i > 0 {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 3 else { continue }
            entries.append(GlossaryEntry(id: Int64(i), arabic: String(f[0]), english: String(f[1]), type: String(f[2])))
        }
        return entries
    }

    /// CPU time of this thread, in seconds: steadier than wall time on a shared machine.
    static func cpu() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func report(_ what: String, _ words: Int, _ seconds: Double) {
        print(String(format: "%@: %.0f words/s (%.3f s)", what, Double(words) / max(seconds, 1e-9), seconds))
    }

    static func ms(_ seconds: Double) -> String { String(format: "%.0f ms", seconds * 1000) }

    static func peakMemoryMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
