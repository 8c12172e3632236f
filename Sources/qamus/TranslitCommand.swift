import ArgumentParser
import Foundation
import QamusCore
import QamusStore

extension TransliterationScheme: ExpressibleByArgument {}

/// `qamus translit`: Arabic names in English — glossary, shipped name lexicons, trained model.
struct TranslitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translit",
        abstract: "Transliterate Arabic names into English (newsroom spelling by default).",
        discussion: """
        With TEXT arguments, each argument is one item; without, stdin is read one item \
        per line and exactly one line is written per input line (empty in, empty out), \
        so the command can sit in a pipe.
        The cascade: the glossary database, then the shipped name lexicons (curated news \
        names > CLDR places > Wikidata persons > Google pairs), then the trained model, \
        with name conventions (al-Assad, Abdel Fattah, Abdullah, bin, Abu, Nasrallah).
        --no-glossary: the trained model alone (no glossary, no lexicons, no conventions), for measurement.
        --candidates N: the N best per item on one line, as text<TAB>score pairs.
        --format json: one JSON object per line (input, text, origin, source, score, candidates).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Arabic names or words; stdin (one per line) when absent.") var items: [String] = []
    @Option(help: "Print the N best renderings with scores.") var candidates: Int?
    @Option(help: "Output format: text or json.") var format: Format = .text
    @Option(help: "news (default), ala-lc, or buckwalter.") var scheme: TransliterationScheme = .news
    @Flag(name: .customLong("no-glossary"), help: "The trained model alone: no glossary, no lexicons.") var noGlossary = false
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if let n = candidates, n < 1 || n > 100 {
            throw ValidationError("--candidates must be between 1 and 100, got \(n)")
        }
    }

    func run() throws {
        let lines: [String]
        if items.isEmpty {
            let input = try InputReader.read(nil, allowEmpty: true)
            // Split on the byte (so "\r\n", one Character in Swift, splits too), then drop the "\r".
            var split = input.text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { bytes in
                String(decoding: bytes.last == 0x0D ? bytes.dropLast() : bytes[...], as: UTF8.self)
            }
            if split.last?.isEmpty == true { split.removeLast() }
            lines = split
        } else {
            lines = items
        }
        let transliterator = noGlossary
            ? Transliterator(scheme: scheme, useLexicons: false)
            : Transliterator(scheme: scheme)
        let glossary = (noGlossary || scheme != .news) ? GlossaryLookup.empty : GlossaryLookup.open(database.location)
        var out = OutputWriter()
        let count = candidates ?? 1
        for raw in lines {
            // A lone "\r" or other line separator inside a line must not split the output.
            let line = raw.utf8.contains(0x0D) || raw.unicodeScalars.contains(where: { $0.value == 0x2028 || $0.value == 0x2029 || $0.value == 0x85 })
                ? String(raw.map { $0.isNewline ? " " : $0 }) : raw
            var results = glossary.renderings(of: line)
            if results.count < count {
                for t in count == 1 ? [transliterator.transliterate(line)] : transliterator.candidates(line, count: count)
                where !results.contains(where: { $0.text == t.text }) {
                    results.append(t)
                }
            }
            out.line(render(input: line, Array(results.prefix(count))))
        }
        out.flush()
    }

    private func render(input: String, _ results: [Transliteration]) -> String {
        switch format {
        case .json:
            let record = TranslitRecord(input: input, best: results.first, candidates: candidates == nil ? nil : results)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(record)) ?? Data("{}".utf8)
            return String(decoding: data, as: UTF8.self)
        case .text:
            guard candidates != nil else { return results.first?.text ?? "" }
            return results.map { "\($0.text)\t\(String(format: "%.3f", $0.score))" }.joined(separator: "\t")
        }
    }
}

/// One JSON output line.
private struct TranslitRecord: Encodable {
    var input: String
    var text: String
    var origin: String?
    var source: String?
    var score: Double?
    var candidates: [Transliteration]?

    init(input: String, best: Transliteration?, candidates: [Transliteration]?) {
        self.input = input
        text = best?.text ?? ""
        origin = best?.origin.rawValue
        source = best?.source
        score = best?.score
        self.candidates = candidates
    }
}

/// The glossary database as a lookup from an Arabic form (matching key) to its English.
struct GlossaryLookup {
    private var table: [String: [String]] = [:]

    static let empty = GlossaryLookup()

    /// Reads every entry; an unreadable database is reported on stderr and skipped.
    static func open(_ location: DatabaseLocation) -> GlossaryLookup {
        var lookup = GlossaryLookup()
        do {
            let entries = try GlossaryStore.open(location).allEntries()
            for e in entries {
                for form in e.arabicForms {
                    let key = Normalizer.matching.key(form)
                    if !key.isEmpty, lookup.table[key] == nil { lookup.table[key] = [e.english] + e.variants }
                }
            }
        } catch {
            FileHandle.standardError.write(Data("qamus: warning: glossary \(location.path) not used: \(error)\n".utf8))
        }
        return lookup
    }

    /// The glossary's renderings of a whole item, preferred first.
    func renderings(of item: String) -> [Transliteration] {
        guard !table.isEmpty else { return [] }
        let key = Normalizer.matching.key(item.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
        return (table[key] ?? []).map { Transliteration(text: $0, origin: .glossary, score: 1) }
    }
}
