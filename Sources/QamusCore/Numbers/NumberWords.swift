/// Small cardinal number words in Arabic and English, for comparing ثلاثة with "three".
///
/// Arabic keys are in `Normalizer.matching` form (ة → ه, أ → ا), so ثلاثة and ثلاثه
/// both find 3. Ordinals and fractions (ثلث, "a third") are deliberately absent.
enum NumberWords {
    /// Arabic units and tens, matching-key spelling → value.
    static let arabic: [String: Int] = {
        var table: [String: Int] = [
            "واحد": 1, "واحده": 1,
            "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
            "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5,
            "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "ثمان": 8,
            "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
            "مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
            "الف": 1000, "الفان": 2000, "الفين": 2000,
        ]
        let tens = ["عشر": 20, "ثلاث": 30, "اربع": 40, "خمس": 50, "ست": 60, "سبع": 70, "ثمان": 80, "تسع": 90]
        for (stem, value) in tens {
            table[stem + "ون"] = value
            table[stem + "ين"] = value
        }
        // Keys as `Normalizer.matching` spells them (مئة → ميه, مائة → مايه).
        return Dictionary(table.map { (Normalizer.matching.key($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
    }()

    /// Arabic ordinals (without the article), matching-key spelling → value.
    static let arabicOrdinals: [String: Int] = {
        let stems = ["اول": 1, "حادي": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7,
                     "ثامن": 8, "تاسع": 9, "عاشر": 10]
        var table: [String: Int] = [:]
        for (stem, value) in stems {
            table[stem] = value
            table[Normalizer.matching.key(stem + "ة")] = value
        }
        return table
    }()

    /// Decades: السبعينيات / السبعينات ("the seventies") → 1970.
    static let arabicDecades: [String: Int] = {
        let tens = ["عشر": 20, "ثلاث": 30, "اربع": 40, "خمس": 50, "ست": 60, "سبع": 70, "ثمان": 80, "تسع": 90]
        var table: [String: Int] = [:]
        for (stem, value) in tens {
            table[stem + "ينيات"] = 1900 + value
            table[stem + "ينات"] = 1900 + value
        }
        return table
    }()

    /// Scale words after digits (168 ألف, 1.5 million, $221bn), by number of zeros.
    static let scales: [String: Int] = {
        var table = ["thousand": 3, "million": 6, "billion": 9, "bn": 9]
        for (word, zeros) in ["ألف": 3, "آلاف": 3, "مليون": 6, "ملايين": 6, "مليار": 9, "مليارات": 9, "بليون": 9] {
            table[Normalizer.matching.key(word)] = zeros
        }
        return table
    }()

    /// The "teen" companion: ثلاثة عشر is 13.
    static let arabicTeen: Set<String> = ["عشر", "عشره"]
    /// "hundred" as the end of one word: ثلاثمائة, ثلاثمئة ("three hundred").
    static let arabicHundredSuffixes = ["مائه", "مئه"].map { Normalizer.matching.key($0) }
    /// أحد عشر / إحدى عشرة (11) and اثنا عشر (12): unit words only used before عشر.
    static let arabicTeenUnits: [String: Int] = ["احد": 1, "احدي": 1, "اثنا": 2, "اثني": 2]

    /// English cardinals up to the thousands.
    static let english: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    ]

    /// English ordinals, evidence only ("second" is left out: it is also a unit of time).
    static let englishOrdinals: [String: Int] = [
        "first": 1, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10,
    ]
}
