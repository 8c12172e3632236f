import CQamusICU

/// Folds spelling variation out of Arabic (and Latin) text, keeping a map back
/// to the original so matches are reported in the original spelling and offsets.
///
/// ```swift
/// Normalizer(.matchingKey).key("إيـرانَ")   // "ايران" (Iran)
/// ```
public struct Normalizer: Sendable {
    /// The folds this normaliser applies.
    public let options: NormalizationOptions

    public init(_ options: NormalizationOptions) { self.options = options }

    /// The key form used to compare words and glossary entries.
    public static let matching = Normalizer(.matchingKey)

    /// Normalises `text`, with offsets back into `text`'s unicode scalars.
    public func normalize(_ text: String) -> NormalizedText {
        normalize(scalars: Array(text.unicodeScalars))
    }

    /// Normalises a scalar array, with offsets back into it.
    public func normalize(scalars source: [Unicode.Scalar]) -> NormalizedText {
        var out: [Unicode.Scalar] = []
        var offsets: [Int] = []
        out.reserveCapacity(source.count)
        offsets.reserveCapacity(source.count + 1)
        for (i, s) in source.enumerated() {
            appendFolded(s) { folded in
                out.append(folded)
                offsets.append(i)
            }
        }
        offsets.append(source.count)
        return NormalizedText(scalars: out, sourceOffsets: offsets)
    }

    /// The normalised string, without an offset map (the fast path for keys).
    public func key(_ text: some StringProtocol) -> String {
        var view = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            appendFolded(s) { view.append($0) }
        }
        return String(view)
    }

    /// The normalised string of a slice of scalars.
    public func key(scalars: some Sequence<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        for s in scalars {
            appendFolded(s) { view.append($0) }
        }
        return String(view)
    }

    /// Applies every enabled fold to one scalar, emitting zero or more scalars.
    @inline(__always)
    public func appendFolded(_ s: Unicode.Scalar, _ emit: (Unicode.Scalar) -> Void) {
        if s.value >= 0x80, options.contains(.compatibilityForms), let expansion = CompatibilityTable.expansion(of: s) {
            let join = expansion.count > 1 && options.contains(.joinExpansions)
            for e in expansion where !(join && e == " ") { foldSingle(e, emit) }
            return
        }
        foldSingle(s, emit)
    }

    @inline(__always)
    private func foldSingle(_ s: Unicode.Scalar, _ emit: (Unicode.Scalar) -> Void) {
        let v = s.value
        if v < 0x80 {
            if options.contains(.foldLatinCase), v >= 0x41, v <= 0x5A {
                emit(Unicode.Scalar(UInt8(truncatingIfNeeded: v + 0x20)))
            } else {
                emit(s)
            }
            return
        }
        if options.contains(.removeFormatControls), ArabicScalar.isFormatControl(s) { return }
        if options.contains(.removeTatweel), v == 0x0640 { return }
        if options.contains(.removeDiacritics), ArabicScalar.isDiacritic(s) { return }
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673:
            emit(options.contains(.unifyAlef) ? "\u{0627}" : s)
        case 0x0649:
            emit(options.contains(.alefMaqsuraToYeh) ? "\u{064A}" : s)
        case 0x0629:
            emit(options.contains(.tehMarbutaToHeh) ? "\u{0647}" : s)
        case 0x0624:
            emit(options.contains(.foldHamzaCarriers) ? "\u{0648}" : s)
        case 0x0626:
            emit(options.contains(.foldHamzaCarriers) ? "\u{064A}" : s)
        case 0x06A9, 0x06AA:
            emit(options.contains(.persianLetters) ? "\u{0643}" : s)
        case 0x06CC, 0x06D0:
            emit(options.contains(.persianLetters) ? "\u{064A}" : s)
        case 0x06C1, 0x06BE, 0x06D5:
            emit(options.contains(.persianLetters) ? "\u{0647}" : s)
        case 0x06C0:
            emit(options.contains(.persianLetters)
                 ? (options.contains(.tehMarbutaToHeh) ? "\u{0647}" : "\u{0629}") : s)
        case 0x0660...0x0669, 0x06F0...0x06F9:
            if options.contains(.asciiDigits), let d = ArabicScalar.digitValue(s) {
                emit(Unicode.Scalar(UInt8(truncatingIfNeeded: 0x30 + d)))
            } else {
                emit(s)
            }
        case 0x066B:
            emit(options.contains(.asciiDigits) ? "." : s)
        case 0x066C:
            emit(options.contains(.asciiDigits) ? "," : s)
        default:
            if options.contains(.foldLatinDiacritics), let base = LatinFolding.base(of: s) {
                for b in base {
                    if options.contains(.foldLatinCase), b.value >= 0x41, b.value <= 0x5A {
                        emit(Unicode.Scalar(UInt8(truncatingIfNeeded: b.value + 0x20)))
                    } else {
                        emit(b)
                    }
                }
                return
            }
            if options.contains(.foldLatinCase), ArabicScalar.isLatinLetter(s) {
                for l in s.properties.lowercaseMapping.unicodeScalars { emit(l) }
                return
            }
            if options.contains(.foldLatinDiacritics), (0x0300...0x036F).contains(v) { return }
            emit(s)
        }
    }
}
