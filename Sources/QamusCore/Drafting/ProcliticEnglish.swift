/// English for the proclitics a glossary match carried (وبوتين → "and Putin",
/// لرويترز → "to Reuters", للحرس الثوري → "to the Revolutionary Guard Corps").
enum ProcliticEnglish {
    /// Entry types rendered as names: no article before them.
    static func isName(_ type: String) -> Bool {
        type == "person" || isPlace(type) || isOrganization(type)
    }

    /// Whether an entry of this type is an organisation or body (قوة القدس → "the Quds Force"),
    /// in either spelling of the type ("organization", "organisation").
    static func isOrganization(_ type: String) -> Bool { type == "organization" || type == "organisation" }

    /// Whether an entry of this type is a place (it ends a verb's subject: Shoigu visited Tehran).
    static func isPlace(_ type: String) -> Bool { type == "place" }

    /// Whether a matched entry is an adjective: a one-word nisba term (إيراني → Iranian)
    /// or an entry typed or noted as an adjective.
    static func isAdjective(_ match: TermMatch) -> Bool {
        let e = match.entry
        if e.type == "adjective" || (e.note?.contains("adjective") ?? false) { return true }
        return e.type == "term" && !e.arabic.contains(" ") && e.arabic.hasSuffix("ي") && !e.english.contains(" ")
    }

    /// English for proclitics before a name: و "and", ف "so", ب "in", ل "to", ك "as"; س has none.
    static func words(_ proclitics: [String], person: Bool = false) -> String {
        proclitics.compactMap { p -> String? in
            switch p {
            case "و": return "and"
            case "ف": return "so"
            case "ب": return person ? "with" : "in"
            case "ل": return "to"
            case "ك": return "as"
            default: return nil
            }
        }.joined(separator: " ")
    }

    /// The English words to put before the entry's rendering.
    static func prefix(_ match: TermMatch) -> String {
        let person = match.entry.type == "person"
        var words = Self.words(match.proclitics.unicodeScalars.prefix(2).map { String($0) }, person: person)
            .split(separator: " ").map(String.init)
        // لل (ل + ال) before a term or organisation: "to the …".
        var surface = Substring(match.surface)
        if let first = surface.first, first == "و" || first == "ف" { surface = surface.dropFirst() }
        if surface.hasPrefix("لل"), !person, match.entry.type != "place" { words.append("the") }
        return words.isEmpty ? "" : words.joined(separator: " ") + " "
    }
}
