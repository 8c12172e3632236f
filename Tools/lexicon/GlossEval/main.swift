// qamus-gloss-eval: glosses PUD-style JSON lines with Glosser and writes one system output per line.
//
// usage: qamus-gloss-eval --input pud.jsonl --system gloss|plain|names|romanise [--names DIR] [--out FILE]
//        [--stats FILE] [--bench N] [--dump FILE]
// Reads {"sent_id", "ar", "en"} lines; writes the English lines (marker-free in --out, and a
// marked copy in --out.marked); --stats gets per-sentence token counts for lexicon coverage.
import Foundation
import QamusCore

struct Args {
    var input = "", system = "gloss", names: String?, out = "/dev/stdout", stats: String?, bench = 0, dump: String?
}

func parseArgs() -> Args {
    var a = Args()
    var it = CommandLine.arguments.dropFirst().makeIterator()
    while let k = it.next() {
        let v = it.next() ?? ""
        switch k {
        case "--input": a.input = v
        case "--system": a.system = v
        case "--names": a.names = v
        case "--out": a.out = v
        case "--stats": a.stats = v
        case "--bench": a.bench = Int(v) ?? 0
        case "--dump": a.dump = v
        default: FileHandle.standardError.write(Data("unknown option \(k)\n".utf8)); exit(2)
        }
    }
    return a
}

let args = parseArgs()
guard let raw = FileManager.default.contents(atPath: args.input) else {
    FileHandle.standardError.write(Data("cannot read \(args.input)\n".utf8)); exit(2)
}
var arabic: [String] = []
var ids: [String] = []
for line in String(decoding: raw, as: UTF8.self).split(separator: "\n") {
    guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let ar = obj["ar"] as? String else { continue }
    arabic.append(ar)
    ids.append(obj["sent_id"] as? String ?? "")
}

let names = NameList(directory: args.names)
let romaniser = Romaniser()
let tokenizer = WordTokenizer()

func fallback(_ word: String) -> (String, GlossOrigin) {
    if let n = names.lookup(word) { return (n, .nameLexicon) }
    return (romaniser.romanise(word), .model)
}

var options = Glosser.Options()
if args.system == "plain" {
    options.contextRules = false
    options.englishOrder = false
}
/// Process CPU seconds (robust to other processes sharing the machine).
func cpuSeconds() -> Double { Double(clock()) / Double(CLOCKS_PER_SEC) }
let loadStart = cpuSeconds()
let glosser = Glosser.shared.with(options)
let loadSeconds = cpuSeconds() - loadStart

func system(_ text: String) -> (String, String, [GlossedToken]) {
    let tokens = tokenizer.tokenize(text)
    switch args.system {
    case "romanise", "names":
        var words: [String] = []
        var out: [GlossedToken] = []
        for t in tokens {
            var e = t.text
            var origin = GlossOrigin.none
            if t.kind == .arabic {
                if args.system == "names", let n = names.lookup(t.text) { e = n; origin = .nameLexicon } else { e = romaniser.romanise(t.text); origin = .model }
            }
            words.append(e)
            out.append(GlossedToken(start: t.range.lowerBound, end: t.range.upperBound, surface: t.text, english: e, origin: origin))
        }
        let line = words.joined(separator: " ")
        return (line, line, out)
    default:
        let inputs = tokens.map { GlossInput($0) }
        let marked = glosser.gloss(inputs, fallback: fallback)
        var plainView = String.UnicodeScalarView()
        for u in marked.english.unicodeScalars where u != "‹" && u != "›" { plainView.append(u) }
        let plain = String(plainView)
        return (plain, marked.english, marked.tokens)
    }
}

if args.bench > 0 {
    let words = arabic.reduce(0) { $0 + tokenizer.tokenize($1).count }
    let start = cpuSeconds()
    for _ in 0..<args.bench { for s in arabic { _ = system(s) } }
    let secs = cpuSeconds() - start
    let wordCount = arabic.reduce(0) { $0 + tokenizer.tokenize($1).filter(\.isWord).count }
    print(String(format: "lexicon + glosser load %.1f ms; %d tokens (%d words) x %d in %.3f s: %.0f tokens/s, %.0f words/s (CPU time; tokenize + gloss, cold cache on pass 1)",
                 loadSeconds * 1000, words, wordCount, args.bench, secs, Double(words * args.bench) / secs, Double(wordCount * args.bench) / secs))
    exit(0)
}

var outLines: [String] = []
var markedLines: [String] = []
var statLines: [String] = []
var dumpLines: [String] = []
for (k, s) in arabic.enumerated() {
    let (plain, marked, toks) = system(s)
    outLines.append(plain)
    markedLines.append(marked)
    var counts: [String: Int] = [:]
    for t in toks where t.surface.unicodeScalars.first.map(ArabicScalar.isLetter) ?? false {
        var key = t.origin.rawValue
        if t.origin == .lexicon, let r = glosser.reading(of: t.surface), r.best?.pos == .name { key = "lexicon-name" }
        counts[key, default: 0] += 1
        if args.dump != nil {
            let r = glosser.reading(of: t.surface)
            dumpLines.append([String(k), t.surface, t.english, t.origin.rawValue, r?.best?.lemma ?? "", r?.best.map { "\($0.pos)" } ?? "",
                              r?.best?.senses.joined(separator: "|") ?? "", r?.stem ?? "",
                              (r?.analyses ?? []).map { "\($0.lemma)/\($0.pos)/\($0.senses.joined(separator: "|"))" }.joined(separator: ";")]
                                .joined(separator: "\t"))
        }
    }
    statLines.append(ids[k] + "\t" + counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","))
}
func write(_ lines: [String], _ path: String) {
    _ = FileManager.default.createFile(atPath: path, contents: Data((lines.joined(separator: "\n") + "\n").utf8))
}
write(outLines, args.out)
if args.out != "/dev/stdout" { write(markedLines, args.out + ".marked") }
if let s = args.stats { write(statLines, s) }
if let d = args.dump { write(dumpLines, d) }
