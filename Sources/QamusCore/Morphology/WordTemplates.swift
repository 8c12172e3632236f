/// Templates of derived Arabic words, for stems the word list lacks.
///
/// Verbal nouns of the derived verb forms: استحداث "introduction" (استفعال), انعدام
/// "absence" (انفعال), اضطهاد "persecution" (افتعال), تقييد "restriction" (تفعيل), تعاون
/// (تفاعل), مجابهة (مفاعلة), تعداد (تفعال); each optionally with ة or ات.
/// Imperfect verbs of the derived forms: يتحتم (يتفعل), تتقاضى (تتفاعل), يعارضون (يفاعل),
/// يستخدم (يستفعل), ينسحب (ينفعل), يعتمد (يفتعل); optionally with ون ان ين وا.
/// After a proclitic such a stem is near-certain: ب + استحداث, و + يعارضون, س + يتحتم.
enum WordTemplates {
    private enum Slot {
        case letter(UInt8)
        case oneOf([UInt8])
        /// A strong consonant: not a long vowel, hamza or their carriers.
        case consonant
        /// Any letter that may stand in a root: not alef, ى, ة or ء.
        case rootLetter
        /// A final root letter of a derived verb: ى allowed (يتجلى), و not (names end in و).
        case finalRoot
    }

    private typealias L = LetterCode
    private static let weak: Set<UInt8> = [L.alef, L.waw, L.alefMaksura, L.tehMarbuta, L.hamza, L.yeh,
                                           L.alefMadda, L.alefHamzaAbove, L.alefHamzaBelow, L.wawHamza, L.yehHamza]
    private static let nonRoot: Set<UInt8> = [L.alef, L.alefMaksura, L.tehMarbuta, L.hamza]
    private static let nonFinal: Set<UInt8> = [L.alef, L.tehMarbuta, L.hamza, L.waw]

    private static let nouns: [[Slot]] = {
        let a = Slot.letter(L.alef), t = Slot.letter(L.teh), c = Slot.consonant, w = Slot.rootLetter
        return [
            [a, .letter(L.seen), t, c, w, a, c],                  // استفعال
            [a, .letter(L.noon), c, w, a, c],                     // انفعال
            [a, c, .oneOf([L.teh, 0x37, 0x2F]), w, a, c],          // افتعال (ت, ط, د)
            [t, c, w, .letter(L.yeh), c],                         // تفعيل
            [t, c, a, w, c],                                      // تفاعل
            [.letter(L.meem), c, a, w, c, .letter(L.tehMarbuta)], // مفاعلة
            [t, c, w, a, c],                                      // تفعال
        ]
    }()

    private static let verbs: [[Slot]] = {
        let p = Slot.oneOf([L.yeh, L.teh, L.noon]), t = Slot.letter(L.teh), a = Slot.letter(L.alef)
        let c = Slot.consonant, w = Slot.rootLetter, z = Slot.finalRoot
        return [
            [p, t, c, w, z],                           // يتفعل
            [p, t, c, a, w, z],                        // يتفاعل
            [p, c, a, w, z],                           // يفاعل
            [p, .letter(L.seen), t, c, w, z],          // يستفعل
            [p, .letter(L.noon), c, w, z],             // ينفعل
            [p, c, .oneOf([L.teh, 0x37, 0x2F]), w, z],  // يفتعل (ت, ط, د)
        ]
    }()

    private static let nounEndings: [[UInt8]] = [[], [L.tehMarbuta], [L.alef, L.teh]]
    private static let verbEndings: [[UInt8]] = [[], [L.waw, L.noon], [L.alef, L.noon], [L.yeh, L.noon], [L.waw, L.alef]]

    /// Whether `stem` fits a verbal-noun template, bare or with ة or ات.
    static func isVerbalNoun(_ stem: ArraySlice<UInt8>) -> Bool { fits(stem, nouns, nounEndings) }

    /// Whether `stem` fits a derived imperfect-verb template, bare or with ون ان ين وا.
    static func isImperfectVerb(_ stem: ArraySlice<UInt8>) -> Bool { fits(stem, verbs, verbEndings) }

    private static func fits(_ stem: ArraySlice<UInt8>, _ templates: [[Slot]], _ endings: [[UInt8]]) -> Bool {
        for ending in endings where stem.count > ending.count && stem.endsWith(ending) {
            let body = stem.dropLast(ending.count)
            if templates.contains(where: { fits(body, $0) }) { return true }
        }
        return false
    }

    private static func fits(_ body: ArraySlice<UInt8>, _ template: [Slot]) -> Bool {
        guard body.count == template.count else { return false }
        for (letter, slot) in zip(body, template) {
            switch slot {
            case .letter(let l): if letter != l { return false }
            case .oneOf(let ls): if !ls.contains(letter) { return false }
            case .consonant: if weak.contains(letter) { return false }
            case .rootLetter: if nonRoot.contains(letter) { return false }
            case .finalRoot: if nonFinal.contains(letter) { return false }
            }
        }
        return true
    }
}
