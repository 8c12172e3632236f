/// Writes glossaries as TBX-Basic v3 (ISO 30042:2019, DCA style): one `conceptEntry`
/// per entry, a `langSec` for Arabic and one for English, a `termSec` per form with
/// part of speech, term type and administrative status; concept-level subject field,
/// note, source and origination/modification times. Two data categories outside
/// TBX-Basic carry what it has no place for: `descrip type="entityType"` (person,
/// place, …) and, when not approved, `descrip type="entryStatus"`.
public struct TBXGlossaryWriter: Sendable {
    public init() {}

    public func header() -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
          <tbxHeader>
            <fileDesc>
              <sourceDesc>
                <p>Exported by qamus (Arabic→English glossary)</p>
              </sourceDesc>
            </fileDesc>
          </tbxHeader>
          <text>
            <body>

        """
    }

    public func footer() -> String {
        """
            </body>
          </text>
        </tbx>

        """
    }

    public func write(_ entries: [GlossaryEntry]) -> String {
        var out = header()
        for (i, entry) in entries.enumerated() { out += concept(entry, number: i + 1) }
        return out + footer()
    }

    /// One `conceptEntry` element, indented, ending with a line break.
    public func concept(_ e: GlossaryEntry, number: Int) -> String {
        let pad = "      "
        var out = "\(pad)<conceptEntry id=\"c\(e.id ?? Int64(number))\">\n"
        func line(_ s: String) { out += pad + "  " + s + "\n" }
        if let domain = e.domain { line("<descrip type=\"subjectField\">\(Self.escape(domain))</descrip>") }
        line("<descrip type=\"entityType\">\(Self.escape(e.type))</descrip>")
        if e.status != .approved { line("<descrip type=\"entryStatus\">\(e.status.rawValue)</descrip>") }
        if let note = e.note { line("<note>\(Self.escape(note))</note>") }
        if let source = e.source { line("<admin type=\"source\">\(Self.escape(source))</admin>") }
        for (kind, date) in [("origination", e.createdAt), ("modification", e.updatedAt)] {
            guard let date else { continue }
            line("<transacGrp><transac type=\"transactionType\">\(kind)</transac><date>\(GlossaryDate.format(date))</date></transacGrp>")
        }
        let pos = ["person", "place", "organization", "organisation", "name"].contains(e.type) ? "properNoun" : "noun"
        line("<langSec xml:lang=\"ar\">")
        for (i, form) in e.arabicForms.enumerated() {
            line(term(form, pos: pos, type: i == 0 ? "fullForm" : "variant", status: i == 0 ? "preferredTerm-admn-sts" : "admittedTerm-admn-sts"))
        }
        line("</langSec>")
        line("<langSec xml:lang=\"en\">")
        line(term(e.english, pos: pos, type: "fullForm", status: "preferredTerm-admn-sts"))
        for v in e.variants { line(term(v, pos: pos, type: Self.termType(v), status: "admittedTerm-admn-sts")) }
        for d in e.deprecated { line(term(d, pos: pos, type: Self.termType(d), status: "deprecatedTerm-admn-sts")) }
        line("</langSec>")
        return out + "\(pad)</conceptEntry>\n"
    }

    private func term(_ text: String, pos: String, type: String, status: String) -> String {
        "  <termSec><term>\(Self.escape(text))</term><termNote type=\"partOfSpeech\">\(pos)</termNote>"
            + "<termNote type=\"termType\">\(type)</termNote><termNote type=\"administrativeStatus\">\(status)</termNote></termSec>"
    }

    /// `acronym` for short all-capital forms (IRGC, U.N.), `variant` otherwise.
    static func termType(_ text: String) -> String {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return !letters.isEmpty && letters.count <= 6 && letters.allSatisfy({ $0.properties.isUppercase }) ? "acronym" : "variant"
    }

    /// Escapes markup characters; a carriage return becomes `&#13;` so it survives parsing.
    public static func escape(_ text: String) -> String { MarkupEscaper.escape(text) }
}
