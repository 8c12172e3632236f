/// What a `Normalizer` folds. Each option is independent; presets combine them.
public struct NormalizationOptions: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Remove harakat, tanwin, shadda, sukun, superscript alef and Quranic marks (كَتَبَ → كتب, "he wrote").
    public static let removeDiacritics = NormalizationOptions(rawValue: 1 << 0)
    /// Remove tatweel (الـرئيس → الرئيس, "the president").
    public static let removeTatweel = NormalizationOptions(rawValue: 1 << 1)
    /// Fold hamzated and wasla alefs to bare alef: أ إ آ ٱ → ا (إيران → ايران, "Iran").
    public static let unifyAlef = NormalizationOptions(rawValue: 1 << 2)
    /// Alef maqsura to yeh: ى → ي (السيسى → السيسي, "Sisi").
    public static let alefMaqsuraToYeh = NormalizationOptions(rawValue: 1 << 3)
    /// Teh marbuta to heh: ة → ه (for matching keys only; مدينة → مدينه, "city").
    public static let tehMarbutaToHeh = NormalizationOptions(rawValue: 1 << 4)
    /// Hamza carriers to their letters: ؤ → و, ئ → ي (مسئول ~ مسؤول → مسيول/مسوول keys).
    public static let foldHamzaCarriers = NormalizationOptions(rawValue: 1 << 5)
    /// Persian and Urdu letter forms to Arabic ones: ک → ك, ی → ي, ہ ۀ ھ → ه.
    public static let persianLetters = NormalizationOptions(rawValue: 1 << 6)
    /// Arabic-Indic and Persian digits to ASCII, ٫ → . and ٬ → , (١٫٥ → 1.5).
    public static let asciiDigits = NormalizationOptions(rawValue: 1 << 7)
    /// NFKC compatibility folding of presentation forms (ﻻ → لا), ligatures and full-width forms.
    public static let compatibilityForms = NormalizationOptions(rawValue: 1 << 8)
    /// Remove zero-width characters, bidi controls, soft hyphens and byte-order marks.
    public static let removeFormatControls = NormalizationOptions(rawValue: 1 << 9)
    /// Lower-case Latin letters (S-300 → s-300).
    public static let foldLatinCase = NormalizationOptions(rawValue: 1 << 10)
    /// Strip diacritics from Latin letters (Erdoğan → Erdogan).
    public static let foldLatinDiacritics = NormalizationOptions(rawValue: 1 << 11)
    /// Drop the spaces inside a multi-scalar compatibility expansion, so one written word
    /// keeps one key: the isolated mark ﹶ (NFKC: space + fatha) and the ligature ﷺ
    /// (NFKC: صلى الله عليه وسلم, "peace be upon him") stay single words.
    public static let joinExpansions = NormalizationOptions(rawValue: 1 << 12)

    /// Cleaning that keeps the text's spelling: invisible controls, presentation
    /// forms, tatweel. For display and for sentence segmentation.
    public static let cleanup: NormalizationOptions = [.removeFormatControls, .compatibilityForms, .removeTatweel]

    /// Everything: the key under which glossary entries and words are compared.
    public static let matchingKey: NormalizationOptions = [
        .removeDiacritics, .removeTatweel, .unifyAlef, .alefMaqsuraToYeh, .tehMarbutaToHeh,
        .foldHamzaCarriers, .persianLetters, .asciiDigits, .compatibilityForms,
        .removeFormatControls, .foldLatinCase, .foldLatinDiacritics, .joinExpansions,
    ]

    /// The orthographic form that keeps hamza and teh marbuta, as lexicon keys are
    /// spelled: diacritics, tatweel and controls removed, presentation forms folded.
    public static let orthographic: NormalizationOptions = [
        .removeDiacritics, .removeTatweel, .persianLetters, .asciiDigits, .compatibilityForms,
        .removeFormatControls,
    ]
}
