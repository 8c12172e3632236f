/// Verbal-noun templates of the derived verb forms, for stems the word list lacks.
///
/// استحداث "introduction" (استفعال), انعدام "absence" (انفعال), اضطهاد "persecution"
/// (افتعال), تقييد "restriction" (تفعيل), تعاون (تفاعل), مجابهة (مفاعلة), تعداد (تفعال);
/// each optionally with ة or ات. After a proclitic such a stem is near-certain:
/// ب + استحداث, ل + مجابهة.
enum NounPattern {
    private enum Slot {
        case letter(UInt8)
        case oneOf([UInt8])
        /// A strong consonant: not a long vowel, hamza or their carriers.
        case consonant
        /// Any letter that may stand in a root: not alef, ى, ة or ء.
        case rootLetter
    }

    private typealias L = LetterCode
    private static let weak: Set<UInt8> = [L.alef, L.waw, L.alefMaksura, L.tehMarbuta, L.hamza, L.yeh,
                                           L.alefMadda, L.alefHamzaAbove, L.alefHamzaBelow, L.wawHamza, L.yehHamza]
    private static let nonRoot: Set<UInt8> = [L.alef, L.alefMaksura, L.tehMarbuta, L.hamza]

    private static let templates: [[Slot]] = {
        let a = Slot.letter(L.alef), t = Slot.letter(L.teh), c = Slot.consonant, w = Slot.rootLetter
        return [
            [a, .letter(L.seen), t, c, w, a, c],                 // استفعال
            [a, .letter(L.noon), c, w, a, c],                    // انفعال
            [a, c, .oneOf([L.teh, 0x37, 0x2F]), w, a, c],         // افتعال (ت, ط, د)
            [t, c, w, .letter(L.yeh), c],                        // تفعيل
            [t, c, a, w, c],                                     // تفاعل
            [.letter(L.meem), c, a, w, c, .letter(L.tehMarbuta)], // مفاعلة
            [t, c, w, a, c],                                     // تفعال
        ]
    }()

    /// Whether `stem` fits a template, bare or with ة or ات.
    static func matches(_ stem: ArraySlice<UInt8>) -> Bool {
        var bodies = [stem]
        if stem.last == L.tehMarbuta { bodies.append(stem.dropLast()) }
        if stem.count > 2, stem.last == L.teh, stem[stem.endIndex - 2] == L.alef { bodies.append(stem.dropLast(2)) }
        return bodies.contains { body in templates.contains { fits(body, $0) } }
    }

    private static func fits(_ body: ArraySlice<UInt8>, _ template: [Slot]) -> Bool {
        guard body.count == template.count else { return false }
        for (letter, slot) in zip(body, template) {
            switch slot {
            case .letter(let l): if letter != l { return false }
            case .oneOf(let ls): if !ls.contains(letter) { return false }
            case .consonant: if weak.contains(letter) { return false }
            case .rootLetter: if nonRoot.contains(letter) { return false }
            }
        }
        return true
    }
}
