/// Closed-class Arabic words with their default English, and the clitic glosses.
///
/// Context-dependent words (أن, قد, ما, لا, لم, لن, إن) are decided by `FunctionWordRules`.
enum FunctionWords {
    /// Whole undiacritised stems → English ("" = untranslated).
    static let table: [ByteKey: String] = [
        "في": "in", "من": "from", "إلى": "to", "الى": "to", "على": "on", "علي": "on", "عن": "about", "مع": "with",
        "لدى": "at", "عند": "at", "بين": "between", "حول": "about", "خلال": "during", "ضد": "against",
        "دون": "without", "عبر": "across", "منذ": "since", "حتى": "until", "بعد": "after", "قبل": "before",
        "أمام": "in front of", "تحت": "under", "فوق": "above", "نحو": "towards", "لدي": "at", "إثر": "after",
        "أن": "that", "أنّ": "that", "إن": "", "لأن": "because", "قد": "", "لقد": "", "لم": "did not", "لن": "will not",
        "لا": "not", "ما": "what", "ليس": "not", "ولا": "nor", "إلا": "except", "غير": "not",
        "هذا": "this", "هذه": "this", "ذلك": "that", "تلك": "that", "هؤلاء": "these", "أولئك": "those",
        "هذين": "these", "هاتين": "these", "هذان": "these", "هاتان": "these",
        "الذي": "which", "التي": "which", "الذين": "who", "اللذين": "who", "اللتين": "who", "اللواتي": "who", "اللاتي": "who",
        "هو": "he", "هي": "she", "هم": "they", "هن": "they", "هما": "they", "نحن": "we", "أنا": "I", "أنت": "you", "أنتم": "you",
        "لكن": "but", "لكنه": "but he", "ثم": "then", "أو": "or", "أم": "or", "بل": "but rather", "إذا": "if", "لو": "if",
        "كل": "all", "بعض": "some", "أي": "any", "كما": "as", "مثل": "like", "حيث": "where", "عندما": "when",
        "بينما": "while", "كي": "so that", "لكي": "in order to", "أيضا": "also", "فقط": "only", "يا": "O", "أما": "as for",
        "إذ": "as", "كان": "was", "جدا": "very", "ذات": "same", "عدة": "several", "جميع": "all", "معظم": "most",
        "لذلك": "therefore", "لذا": "so", "وفقا": "according", "وفق": "according to", "بسبب": "because of",
        "أكثر": "more", "أقل": "less", "الآن": "now", "هناك": "there", "هنا": "here", "فيما": "while", "كذلك": "also",
        "أجل": "sake", "تم": "was", "نعم": "yes", "أحد": "one", "إحدى": "one",
        // Prepositional words written with ب / ل that read as one English preposition.
        "بشأن": "about", "بحسب": "according to", "حسب": "according to", "لمدة": "for", "بحلول": "by", "جراء": "because of",
        "بأن": "that", "بنسبة": "by", "ضمن": "within", "لصالح": "for", "بفضل": "thanks to", "عقب": "after", "إزاء": "towards",
    ]

    /// The default English of a closed-class stem.
    static func english(_ stem: String) -> String? { table[ByteKey(stem)] }

    /// Glosses of proclitics.
    static func proclitic(_ p: String) -> String {
        switch p {
        case "و": return "and"
        case "ف": return "so"
        case "ب": return "in"
        case "ل": return "to"
        case "ك": return "as"
        case "س": return "will"
        default: return ""
        }
    }

    /// A pronoun enclitic as a possessive (on nouns): ها → its.
    static func possessive(_ e: String) -> String {
        switch e {
        case "ه": return "his"
        case "ها": return "its"
        case "هم", "هما", "هن": return "their"
        case "ك", "كم", "كما", "كن": return "your"
        case "ي", "ني": return "my"
        case "نا": return "our"
        default: return ""
        }
    }

    /// A pronoun enclitic as an object (on verbs and prepositions): هم → them.
    static func object(_ e: String) -> String {
        switch e {
        case "ه": return "him"
        case "ها": return "it"
        case "هم", "هما", "هن": return "them"
        case "ك", "كم", "كما", "كن": return "you"
        case "ي", "ني": return "me"
        case "نا": return "us"
        default: return ""
        }
    }

    /// A pronoun enclitic as a subject (on أن, إن, لكن, لدى): ه → he.
    static func subject(_ e: String) -> String {
        switch e {
        case "ه": return "he"
        case "ها": return "it"
        case "هم", "هما", "هن": return "they"
        case "ك", "كم", "كما", "كن": return "you"
        case "ي", "ني": return "I"
        case "نا": return "we"
        default: return ""
        }
    }

    /// Stems after which an enclitic is the subject: أنه "that he", لكنهم "but they".
    static let subjectTaking: Set<ByteKey> = ["أن", "إن", "لكن", "لأن", "كأن", "ليت", "لعل"]
}
