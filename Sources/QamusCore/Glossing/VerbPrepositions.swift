/// Verbs that govern a preposition as their object marker, with the preposition's English
/// ("" = none): حصل على → "obtained", وافق على → "agreed to", أعلن عن → "announced".
enum VerbPrepositions {
    /// Verbs whose object على introduces, with its English ("" = none): حصل على "obtained".
    static let ala: [String: String] = [
        "حصل": "", "سيطر": "", "عثر": "", "وافق": "to", "أكد": "", "شدد": "", "ركز": "on", "اعتمد": "on",
        "حافظ": "", "تغلب": "", "أشرف": "", "أصر": "on", "وقع": "",
    ]

    /// Verbs that govern عن, with its English ("" = none): أعلن عن "announced", كشف عن "revealed".
    static let an: [String: String] = [
        "أعلن": "", "كشف": "", "أعرب": "", "عبر": "", "أسفر": "in", "نتج": "from", "امتنع": "from", "توقف": "",
        "تخلى": "", "دافع": "", "بحث": "for", "ابتعد": "from", "عجز": "to", "تنازل": "", "تراجع": "from",
    ]
}
