/// Groups spellings into clusters of "the same thing written differently" (union–find),
/// and turns a cluster into `FindingForm`s.
struct VariantClusters {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }

    /// Clusters with at least two members, members in input order.
    mutating func clusters() -> [[Int]] {
        var groups: [Int: [Int]] = [:]
        for i in parent.indices { groups[find(i), default: []].append(i) }
        return groups.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
    }
}

/// Occurrences of one spelling: where it is written.
struct SpellingOccurrences {
    var text: String
    var sentences: [Int] = []
    var spans: [FindingSpan] = []

    mutating func add(_ span: FindingSpan) {
        if sentences.last != span.sentence { sentences.append(span.sentence) }
        spans.append(span)
    }

    func form(preferred: Bool) -> FindingForm {
        FindingForm(text: text, count: spans.count, sentences: sentences, preferred: preferred)
    }
}

/// Military and model designators: S-300, S300, S-300S, F-16, MiG-29.
enum LatinDesignator {
    /// The family key — letters then digits, upper case, no separators (S-300S → S300) —
    /// or nil when `token` is not a designator.
    static func family(_ token: String) -> String? {
        var letters = "", digits = ""
        for s in token.uppercased().unicodeScalars {
            if s == "-" || s == "\u{2010}" || s == "\u{2011}" { continue }
            if digits.isEmpty, s.properties.isAlphabetic, s.isASCII {
                letters.unicodeScalars.append(s)
            } else if s.isASCII, let _ = ArabicScalar.digitValue(s) {
                digits.unicodeScalars.append(s)
            } else if !digits.isEmpty {
                break
            } else {
                return nil
            }
        }
        guard (1...4).contains(letters.count), !digits.isEmpty else { return nil }
        return letters + digits
    }

    /// Findings-ready clusters: each family written more than one way.
    static func clusters(_ occurrences: [SpellingOccurrences]) -> [[Int]] {
        var byFamily: [String: [Int]] = [:]
        for (i, o) in occurrences.enumerated() {
            if let f = family(o.text) { byFamily[f, default: []].append(i) }
        }
        return byFamily.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
    }
}
