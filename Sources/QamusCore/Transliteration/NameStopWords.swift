/// Arabic function words that the data lexicons also list as name tokens (في → "Vee",
/// أن → "Anne") or that fold onto a name (على "on" → علي "Ali"): never names in
/// running text, so `Transliterator.lexiconSpelling` does not report them.
enum NameStopWords {
    static let words: Set<String> = Set("""
    في من إلى الى على عن أن إن ان أنه إنه ما لا لم لن قد هو هي هم هما نحن أنا هذا هذه ذلك تلك هؤلاء \
    التي الذي الذين اللذين اللتين كان كانت يكون تكون قال قالت يقول مع بعد قبل بين عند حتى ثم أو أي \
    كل غير منذ خلال ضد نحو لدى حول عبر أمام وراء فوق تحت دون سوى إذا اذا لو كما مثل أيضا ايضا \
    لكن بل و ف ب ل ك يا أم كيف متى أين لماذا اليوم أمس غدا الآن
    """.split(whereSeparator: { $0 == " " || $0 == "\\" || $0.isNewline }).map(String.init))

    /// Whether `word` (diacritics and tatweel ignored, spelling otherwise as written) is one.
    static func contains(_ word: some StringProtocol) -> Bool {
        words.contains(Normalizer(.orthographic).key(word))
    }
}
