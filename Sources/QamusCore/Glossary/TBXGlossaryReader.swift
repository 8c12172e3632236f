/// Reads TBX glossaries: TBX-Basic v3 (ISO 30042:2019: `tbx`, `conceptEntry`,
/// `langSec`, `termSec`) and TBX v2 (`martif`, `termEntry`, `langSet`, `tig`/`ntig`).
///
/// Each concept becomes one entry: its Arabic terms (`xml:lang="ar…"`) give the
/// preferred form and other spellings, its English terms (`en…`) the preferred
/// rendering, admitted variants and deprecated ones (`administrativeStatus`
/// deprecated, superseded, not recommended, obsolete). Concept-level `subjectField`
/// gives the domain, `note` the note, `admin type="source"` the source, and
/// `transacGrp` origination/modification the times. Qamus's own export adds
/// `descrip type="entityType"` (person, place, …) and `entryStatus`.
/// XML is read by `XMLEventReader`: no DTD, no entity expansion.
public struct TBXGlossaryReader: Sendable {
    public init() {}

    public func read(_ text: String) throws(GlossaryReadErrors) -> GlossaryDocument {
        var builder = TBXConceptBuilder()
        do {
            try XMLEventReader().read(text) { (event: XMLEventReader.Event) throws(GlossaryReadError) in
                try builder.handle(event)
            }
        } catch {
            throw GlossaryReadErrors([error])
        }
        if !builder.errors.isEmpty { throw GlossaryReadErrors(builder.errors) }
        if !builder.sawConcept {
            throw GlossaryReadErrors([GlossaryReadError(line: 1, column: 1, problem: "no conceptEntry (TBX v3) or termEntry (TBX v2) in the file")])
        }
        return builder.document
    }
}

/// The state machine behind `TBXGlossaryReader`, fed one XML event at a time.
struct TBXConceptBuilder {
    struct Term {
        var text = ""
        var status: String?
        var partOfSpeech: String?
    }

    enum Capture {
        case term, termStatus, partOfSpeech, termNote, note, domain, entityType, entryStatus, source, transac, date, other
    }

    var document = GlossaryDocument()
    var errors: [GlossaryReadError] = []
    var sawConcept = false

    private var conceptLine: Int?
    private var language: String?
    private var term: Term?
    private var arabic: [Term] = []
    private var english: [Term] = []
    private var notes: [String] = []
    private var domain: String?, entityType: String?, entryStatus: String?, source: String?
    private var created: String?, updated: String?
    private var transaction: String?, transactionDate: String?
    private var capture: Capture?
    private var captureDepth = 0
    private var buffer = ""

    private static func local(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    mutating func handle(_ event: XMLEventReader.Event) throws(GlossaryReadError) {
        switch event {
        case let .text(t):
            if capture != nil { buffer += t }
        case let .start(rawName, attributes, line):
            if capture != nil { captureDepth += 1; return }
            let name = Self.local(rawName)
            let type = attributes.first { Self.local($0.0) == "type" }?.1
            switch name {
            case "conceptEntry", "termEntry":
                if conceptLine != nil { throw GlossaryReadError(line: line, column: 1, problem: "<\(rawName)> inside another concept") }
                sawConcept = true
                resetConcept()
                conceptLine = line
            case "langSec", "langSet":
                let lang = attributes.first { $0.0 == "xml:lang" || $0.0 == "lang" }?.1 ?? ""
                language = lang.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
            case "termSec", "tig", "ntig":
                term = Term()
            case "term":
                begin(.term)
            case "termNote":
                switch type {
                case "administrativeStatus", "normativeAuthorization": begin(.termStatus)
                case "partOfSpeech": begin(.partOfSpeech)
                default: begin(.other)
                }
            case "note":
                begin(term == nil ? .note : .termNote)
            case "descrip":
                switch type {
                case "subjectField": begin(.domain)
                case "entityType": begin(.entityType)
                case "entryStatus": begin(.entryStatus)
                case "definition": begin(.note)
                default: begin(.other)
                }
            case "admin":
                begin(type == "source" ? .source : .other)
            case "transac":
                begin(.transac)
            case "date":
                begin(.date)
            case "transacGrp":
                transaction = nil; transactionDate = nil
            default:
                break
            }
        case let .end(rawName):
            if capture != nil, captureDepth > 0 { captureDepth -= 1; return }
            let name = Self.local(rawName)
            if let kind = capture {
                finish(kind)
                return
            }
            switch name {
            case "termSec", "tig", "ntig":
                if var t = term {
                    t.text = t.text.trimmingWhitespace()
                    if !t.text.isEmpty {
                        if language == "ar" { arabic.append(t) } else if language == "en" { english.append(t) }
                    }
                }
                term = nil
            case "langSec", "langSet":
                language = nil
            case "transacGrp":
                if term == nil, let date = transactionDate {
                    if transaction == "origination" { created = date } else if transaction == "modification" { updated = date }
                }
            case "conceptEntry", "termEntry":
                finishConcept()
            default:
                break
            }
        }
    }

    private mutating func begin(_ kind: Capture) {
        capture = kind
        captureDepth = 0
        buffer = ""
    }

    private mutating func finish(_ kind: Capture) {
        let value = buffer.trimmingWhitespace()
        capture = nil
        buffer = ""
        switch kind {
        case .term: term?.text = value
        case .termStatus: term?.status = value
        case .partOfSpeech: term?.partOfSpeech = value
        case .termNote, .note: if !value.isEmpty { notes.append(value) }
        case .domain: domain = value
        case .entityType: entityType = value
        case .entryStatus: entryStatus = value
        case .source: source = value
        case .transac: transaction = value
        case .date: transactionDate = value
        case .other: break
        }
    }

    private mutating func resetConcept() {
        arabic = []; english = []; notes = []
        domain = nil; entityType = nil; entryStatus = nil; source = nil; created = nil; updated = nil
        term = nil; language = nil
    }

    private static func isDeprecated(_ status: String?) -> Bool {
        guard let s = status?.lowercased() else { return false }
        return ["deprecated", "superseded", "notrecommended", "obsolete", "forbidden"].contains { s.contains($0) }
    }

    private static func isPreferred(_ status: String?) -> Bool { status?.lowercased().contains("preferred") ?? false }

    /// The preferred term: the first marked preferred, else the first not deprecated, else the first.
    private static func preferredIndex(_ terms: [Term]) -> Int {
        terms.firstIndex { isPreferred($0.status) } ?? terms.firstIndex { !isDeprecated($0.status) } ?? 0
    }

    private mutating func finishConcept() {
        let line = conceptLine ?? 0
        conceptLine = nil
        func fail(_ problem: String) { errors.append(GlossaryReadError(line: line, column: 1, problem: problem)) }
        guard !arabic.isEmpty else { return fail("this concept has no Arabic term (a langSec/langSet with xml:lang=\"ar\")") }
        guard !english.isEmpty else { return fail("this concept has no English term (a langSec/langSet with xml:lang=\"en\")") }
        let a = Self.preferredIndex(arabic), e = Self.preferredIndex(english)
        var entry = GlossaryEntry(arabic: arabic[a].text, english: english[e].text)
        entry.arabicVariants = arabic.enumerated().filter { $0.offset != a }.map(\.element.text)
        for (i, t) in english.enumerated() where i != e {
            if Self.isDeprecated(t.status) { entry.deprecated.append(t.text) } else { entry.variants.append(t.text) }
        }
        if let entityType, !entityType.isEmpty {
            guard let type = GlossaryEntryValidator.normalizedType(entityType) else { return fail("entityType '\(entityType)' is not one word") }
            entry.type = type
        }
        if let entryStatus, !entryStatus.isEmpty {
            guard let status = EntryStatus(rawValue: entryStatus.lowercased()) else {
                return fail("entryStatus '\(entryStatus)' is not one of approved, draft, deprecated")
            }
            entry.status = status
        }
        entry.domain = domain.flatMap { $0.isEmpty ? nil : $0 }
        entry.note = notes.isEmpty ? nil : notes.joined(separator: "\n")
        entry.source = source.flatMap { $0.isEmpty ? nil : $0 }
        for (text, isCreated) in [(created, true), (updated, false)] {
            guard let text else { continue }
            guard let date = GlossaryDate.parse(text) else { return fail("the date '\(text)' is not of the form 2024-05-01 or 2024-05-01T09:30:00Z") }
            if isCreated { entry.createdAt = date } else { entry.updatedAt = date }
        }
        if let problem = GlossaryEntryValidator.problem(with: entry) { return fail(problem) }
        document.append(entry, line: line)
    }
}
