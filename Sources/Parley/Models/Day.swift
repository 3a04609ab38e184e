import Foundation

/// A calendar day in the proleptic Gregorian calendar, written `YYYY-MM-DD`.
///
/// Reports talk about days, not instants: a meeting "on April 14" happened on a
/// day whatever the time zone of the reader. `Day` is therefore a plain value with
/// no time zone, cheap to compare and to step by whole days.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year, e.g. 2025.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, 1 to 31.
    public let day: Int

    /// Creates a day, or `nil` when the three numbers do not name a real day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; returns `nil` for anything else.
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = Day.number(bytes[0..<4]), let m = Day.number(bytes[5..<7]), let d = Day.number(bytes[8..<10])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Creates the day that is `ordinal` days after 1970-01-01 (negative before it).
    public init(ordinal: Int) {
        // Howard Hinnant's civil-from-days algorithm.
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// Days since 1970-01-01.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day of the week, 1 = Monday … 7 = Sunday (ISO 8601).
    public var weekday: Int {
        let w = (ordinal + 3) % 7 // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The day `n` days later (earlier for negative `n`).
    public func adding(days n: Int) -> Day { Day(ordinal: ordinal + n) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: Day) -> Int { other.ordinal - ordinal }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "'\(text)' is not a YYYY-MM-DD date"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    /// The day a date of the Solar Hijri calendar falls on (Iranian and Afghan pages write
    /// `1403/06/21` and "21 Shahrivar 1403"), or `nil` when the numbers name no such day.
    public init?(solarHijriYear year: Int, month: Int, day: Int) {
        guard (1200...1600).contains(year), (1...12).contains(month), (1...31).contains(day),
              day <= (month <= 6 ? 31 : 30) else { return nil }
        let utc = TimeZone(identifier: "UTC") ?? .current
        var persian = Calendar(identifier: .persian)
        persian.timeZone = utc
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = utc
        // A day past the month's end (Esfand 30 of a common year) rolls over: the round trip rejects it.
        guard let instant = persian.date(from: DateComponents(year: year, month: month, day: day)) else { return nil }
        let back = persian.dateComponents([.year, .month, .day], from: instant)
        guard back.year == year, back.month == month, back.day == day else { return nil }
        let c = gregorian.dateComponents([.year, .month, .day], from: instant)
        guard let y = c.year, let m = c.month, let d = c.day else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Whether `year` is a leap year.
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// The number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var v = 0
        for b in digits {
            guard b >= 48, b <= 57 else { return nil }
            v = v * 10 + Int(b - 48)
        }
        return v
    }
}
