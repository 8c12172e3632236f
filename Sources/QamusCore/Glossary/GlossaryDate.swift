import Foundation

/// Timestamps as the exchange formats write them: `2024-05-01T09:30:00Z` (UTC, whole seconds).
/// Hand-written so that 100,000 rows parse quickly and identically on every platform.
public enum GlossaryDate {
    /// `date` in UTC, to the second.
    public static func format(_ date: Date) -> String {
        let total = Int64(date.timeIntervalSince1970.rounded(.down))
        var days = total / 86_400
        var secs = total % 86_400
        if secs < 0 { secs += 86_400; days -= 1 }
        let (y, m, d) = civil(fromDays: days)
        // Written digit by digit into 20 bytes: this runs twice per entry in bulk imports.
        var bytes = [UInt8](repeating: 0x30, count: 20)
        func put(_ value: Int64, at end: Int, width: Int) {
            var v = abs(value)
            for i in stride(from: end, to: end - width, by: -1) {
                bytes[i] = 0x30 + UInt8(v % 10)
                v /= 10
            }
        }
        guard (0...9999).contains(y) else {
            return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)T00:00:00Z"
        }
        put(y, at: 3, width: 4); bytes[4] = 0x2D
        put(m, at: 6, width: 2); bytes[7] = 0x2D
        put(d, at: 9, width: 2); bytes[10] = 0x54
        put(secs / 3600, at: 12, width: 2); bytes[13] = 0x3A
        put(secs / 60 % 60, at: 15, width: 2); bytes[16] = 0x3A
        put(secs % 60, at: 18, width: 2); bytes[19] = 0x5A
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Parses `YYYY-MM-DDTHH:MM:SSZ` (a space may replace `T`; `Z` may be omitted;
    /// a bare `YYYY-MM-DD` means midnight UTC). Returns nil for anything else.
    public static func parse(_ text: String) -> Date? {
        var trimmed = text.trimmingWhitespace()
        return trimmed.withUTF8 { parse(bytes: $0) }
    }

    private static func parse(bytes b: UnsafeBufferPointer<UInt8>) -> Date? {
        func num(_ from: Int, _ count: Int) -> Int64? {
            guard from + count <= b.count else { return nil }
            var v: Int64 = 0
            for i in from..<(from + count) {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                v = v * 10 + Int64(b[i] - 0x30)
            }
            return v
        }
        guard b.count >= 10, b[4] == 0x2D, b[7] == 0x2D,
              let y = num(0, 4), let m = num(5, 2), let d = num(8, 2),
              (1...12).contains(m), d >= 1, d <= daysInMonth(y, m) else { return nil }
        var seconds: Int64 = 0
        if b.count > 10 {
            guard b.count == 19 || (b.count == 20 && b[19] == 0x5A),
                  b[10] == 0x54 || b[10] == 0x20, b[13] == 0x3A, b[16] == 0x3A,
                  let hh = num(11, 2), let mm = num(14, 2), let ss = num(17, 2),
                  hh < 24, mm < 60, ss < 60 else { return nil }
            seconds = hh * 3600 + mm * 60 + ss
        }
        return Date(timeIntervalSince1970: TimeInterval(days(fromCivil: y, m, d) * 86_400 + seconds))
    }

    /// The current time truncated to whole seconds, so it survives a round trip through text.
    public static func now() -> Date {
        Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
    }

    private static func daysInMonth(_ y: Int64, _ m: Int64) -> Int64 {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days-from-civil algorithm (proleptic Gregorian calendar).
    private static func days(fromCivil y0: Int64, _ m: Int64, _ d: Int64) -> Int64 {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func civil(fromDays z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
