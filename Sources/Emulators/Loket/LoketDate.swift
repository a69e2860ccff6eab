import UnderstudyCore

/// A calendar date as Loket writes it (`2019-03-01`), without time or time zone.
///
/// Stored as a day count so that records stay small and the generator can do date arithmetic.
public struct LoketDate: Sendable, Hashable, Comparable, Decodable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public let daysSinceEpoch: Int32

    /// Creates the date `daysSinceEpoch` days after 1970-01-01.
    public init(daysSinceEpoch: Int) {
        self.daysSinceEpoch = Int32(clamping: daysSinceEpoch)
    }

    /// Creates a date from its parts; `nil` unless the day exists (years 1...9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        self.init(daysSinceEpoch: Int(CivilCalendar.days(year: year, month: month, day: day)))
    }

    /// Parses `yyyy-MM-dd`; `nil` for anything else.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The year, month and day.
    public var parts: (year: Int, month: Int, day: Int) {
        CivilCalendar.date(fromDays: Int64(daysSinceEpoch))
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> LoketDate {
        LoketDate(daysSinceEpoch: Int(daysSinceEpoch) + days)
    }

    /// The same day `years` years later, or the last day of the month when that day does not
    /// exist (29 February).
    public func adding(years: Int) -> LoketDate {
        let (year, month, day) = parts
        let target = year + years
        return LoketDate(daysSinceEpoch: Int(CivilCalendar.days(year: target, month: month, day: min(day, CivilCalendar.daysInMonth(year: target, month: month)))))
    }

    /// `yyyy-MM-dd`.
    public var description: String {
        let (year, month, day) = parts
        return Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2)
    }

    /// Whether `lhs` is the earlier date.
    public static func < (lhs: LoketDate, rhs: LoketDate) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

    /// Reads a `yyyy-MM-dd` string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LoketDate(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a date (yyyy-MM-dd)")
        }
        self = date
    }

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
