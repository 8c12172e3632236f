/// A number found in a sentence, written in digits or as a word.
///
/// `value` is canonical so that mentions compare across scripts and conventions:
/// ١٬٣٠٠ (Arabic thousands separator), 1,300 and 1300 all give "1300"; ٣٫٥ and 3.5 give "3.5";
/// ثلاثة ("three") and three give "3".
public struct NumberMention: Sendable, Hashable {
    /// How the number was written.
    public enum Form: String, Sendable, Hashable, Codable {
        /// Digits: ASCII, Arabic-Indic (٠-٩) or Persian (۰-۹), with separators.
        case digits
        /// A number word: ثلاثة, three, twenty-five.
        case word
        /// An ordinal word (الرابع "the fourth", الخامس والأربعين "the 45th") or a decade
        /// (السبعينيات "the 1970s"): evidence for a number, never required of the other side.
        case ordinal
    }

    /// Canonical decimal value: no thousands separators, "." as decimal point,
    /// no leading zeros in the integer part, no trailing zeros in the fraction.
    public var value: String
    /// Unicode scalar offsets in the text given to the extractor, end exclusive.
    public var range: Range<Int>
    /// The number as written.
    public var surface: String
    /// Digits or word.
    public var form: Form

    /// Other values the mention may stand for: 168 before ألف ("thousand") is also
    /// 168000; the decade السبعينيات (1970) is also "the 70s".
    public var alternatives: [String]

    /// The value and its alternatives.
    public var values: [String] { [value] + alternatives }

    public init(value: String, range: Range<Int>, surface: String, form: Form, alternatives: [String] = []) {
        self.value = value
        self.alternatives = alternatives
        self.range = range
        self.surface = surface
        self.form = form
    }
}
