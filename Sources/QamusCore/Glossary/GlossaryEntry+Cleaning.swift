extension GlossaryEntry {
    /// The entry as the store keeps it: trimmed texts, lower-case type, empty optionals
    /// as nil, variants without repeats or copies of the preferred form.
    public func cleaned() -> GlossaryEntry {
        var e = self
        e.arabic = arabic.trimmingWhitespace()
        e.english = english.trimmingWhitespace()
        e.type = GlossaryEntryValidator.normalizedType(type) ?? type
        func clean(_ list: [String], excluding: [String]) -> [String] {
            if list.isEmpty { return list }
            var seen = Set(excluding), out: [String] = []
            for item in list {
                let t = item.trimmingWhitespace()
                if !t.isEmpty, seen.insert(t).inserted { out.append(t) }
            }
            return out
        }
        e.arabicVariants = clean(arabicVariants, excluding: [e.arabic])
        e.variants = clean(variants, excluding: [e.english])
        e.deprecated = clean(deprecated, excluding: [e.english] + e.variants)
        func optional(_ s: String?) -> String? {
            guard let t = s?.trimmingWhitespace(), !t.isEmpty else { return nil }
            return t
        }
        e.domain = optional(domain)
        e.note = optional(note)
        e.source = optional(source)
        return e
    }
}
