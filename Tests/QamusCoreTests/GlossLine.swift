@testable import QamusCore

/// The English line the shared glosser makes of a text, for the glossing tests.
enum GlossLine {
    /// How words that neither the lexicon nor `fix` covers come out.
    enum Unknown {
        /// As "X", with origin model (the transliterator's stand-in).
        case placeholder
        /// As written.
        case asWritten
    }

    /// The English of `text`, tokenized as the drafter does; `fix` may give a token fixed
    /// English (as the glossary or a name list would) before glossing.
    static func english(_ text: String, unknown: Unknown = .placeholder, fix: (inout GlossInput) -> Void = { _ in }) -> String {
        let inputs = WordTokenizer().tokenize(text).map { token -> GlossInput in
            var input = GlossInput(token)
            fix(&input)
            return input
        }
        let fallback: (String) -> GlossFallback = switch unknown {
        case .placeholder: { _ in GlossFallback(english: "X", origin: .model) }
        case .asWritten: { GlossFallback(english: $0, origin: .model) }
        }
        return Glosser.shared.gloss(inputs, fallback: fallback).english
    }

    /// The English of `text` with some tokens fixed to glossary names (surface → English); those
    /// in `places` are typed places, the others persons.
    static func english(_ text: String, names: [String: String], places: Set<String> = []) -> String {
        english(text) { input in
            guard let english = names[input.surface] else { return }
            input.fixedEnglish = english
            input.fixedOrigin = .glossary
            input.isName = true
            input.isPlace = places.contains(input.surface)
        }
    }
}
