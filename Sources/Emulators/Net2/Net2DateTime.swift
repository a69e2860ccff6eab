import Foundation

/// A Net2 date and time without a time zone, as the API writes it (`2026-03-01T00:00:00`).
///
/// Parsing is lenient, because the connector sends short dates in the agent's culture:
/// ISO (`2026-03-22`, `2026-03-22T23:59:00`, with optional fraction and zone, which is
/// dropped), `yyyy-MM-dd HH:mm:ss`, day first with `-` or `.` (`22-3-2026`, nl-NL and de-DE),
/// and month first with `/` (`3/22/2026`, en-US) unless the first number is over 12, in which
/// case day first (`22/3/2026`, en-GB). A time such as ` 23:59`, ` 11:59:00 PM` may follow.
public struct Net2DateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year.
    public var year: Int
    /// The month, 1 to 12.
    public var month: Int
    /// The day of the month.
    public var day: Int
    /// The hour, 0 to 23.
    public var hour: Int
    /// The minute.
    public var minute: Int
    /// The second.
    public var second: Int

    /// Creates a date-time, or `nil` when a component is out of range.
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        guard (1...9999).contains(year), (1...12).contains(month), (1...Self.days(in: month, of: year)).contains(day),
            (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return nil }
        (self.year, self.month, self.day, self.hour, self.minute, self.second) = (year, month, day, hour, minute, second)
    }

    /// The date-time of an instant in UTC.
    public init(date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        (year, month, day) = (parts.year ?? 1, parts.month ?? 1, parts.day ?? 1)
        (hour, minute, second) = (parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }

    /// Parses any of the forms listed on the type; `nil` when the text is not a valid date.
    public init?(parsing text: String) {
        var rest = text.trimmingCharacters(in: .whitespaces)
        var timeText = ""
        if let separator = rest.firstIndex(where: { $0 == "T" || $0 == " " }) {
            timeText = String(rest[rest.index(after: separator)...]).trimmingCharacters(in: .whitespaces)
            rest = String(rest[..<separator])
        }
        guard let (year, month, day) = Self.parseDate(rest), let (hour, minute, second) = Self.parseTime(timeText)
        else { return nil }
        self.init(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }

    /// The start of the same day.
    public var startOfDay: Net2DateTime {
        var copy = self
        (copy.hour, copy.minute, copy.second) = (0, 0, 0)
        return copy
    }

    /// The API form, `yyyy-MM-ddTHH:mm:ss`.
    public var description: String {
        "\(Self.pad(year, 4))-\(Self.pad(month))-\(Self.pad(day))T\(Self.pad(hour)):\(Self.pad(minute)):\(Self.pad(second))"
    }

    public static func < (lhs: Net2DateTime, rhs: Net2DateTime) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second)
            < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
    }

    private static func parseDate(_ text: String) -> (Int, Int, Int)? {
        guard let separator = text.first(where: { $0 == "-" || $0 == "/" || $0 == "." }) else { return nil }
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
            let first = Int(parts[0]), let second = Int(parts[1]), let third = Int(parts[2])
        else { return nil }
        if parts[0].count == 4 { return (first, second, third) }
        guard parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 else { return nil }
        if separator == "/" && first <= 12 { return (third, first, second) }
        return (third, second, first)
    }

    private static func parseTime(_ text: String) -> (Int, Int, Int)? {
        guard !text.isEmpty else { return (0, 0, 0) }
        var clock = Substring(text)
        var meridiem: String?
        if let space = clock.lastIndex(of: " ") {
            meridiem = clock[clock.index(after: space)...].uppercased()
            clock = clock[..<space]
        }
        if let zone = clock.firstIndex(where: { $0 == "Z" || $0 == "+" || $0 == "-" }) { clock = clock[..<zone] }
        if let fraction = clock.firstIndex(of: ".") {
            guard clock[clock.index(after: fraction)...].allSatisfy(\.isASCIIDigit) else { return nil }
            clock = clock[..<fraction]
        }
        let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }),
            var hour = Int(parts[0]), let minute = Int(parts[1])
        else { return nil }
        let second = parts.count == 3 ? Int(parts[2]) ?? 0 : 0
        switch meridiem {
        case nil: break
        case "AM"?: guard (1...12).contains(hour) else { return nil }; hour %= 12
        case "PM"?: guard (1...12).contains(hour) else { return nil }; hour = hour % 12 + 12
        default: return nil
        }
        return (hour, minute, second)
    }

    private static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
