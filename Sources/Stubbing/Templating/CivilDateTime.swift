import UnderstudyCore

/// The proleptic Gregorian fields of an instant, worked out with integer arithmetic only
/// (no `Calendar`, no locale), so date helpers are cheap and give the same text everywhere.
struct CivilDateTime: Equatable {
    var year: Int
    /// 1 = January … 12 = December.
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int
    var millisecond: Int
    /// ISO day of the week: 1 = Monday … 7 = Sunday.
    var weekday: Int
    /// 1 = January 1st.
    var dayOfYear: Int

    /// Milliseconds since 1970-01-01T00:00:00 of these fields read as UTC (weekday and day of year ignored).
    var epochMilliseconds: Int64 {
        let days = CivilCalendar.days(year: year, month: month, day: day)
        let time = Int64(hour) * 3_600_000 + Int64(minute) * 60_000 + Int64(second) * 1000 + Int64(millisecond)
        return days * 86_400_000 + time
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        let quotient = value >= 0 ? value / divisor : (value - divisor + 1) / divisor
        return (quotient, value - quotient * divisor)
    }
}

extension CivilDateTime {
    /// The fields of the instant `epochMilliseconds` after 1970-01-01T00:00:00, as read on a
    /// clock `offsetSeconds` ahead of UTC.
    init(epochMilliseconds: Int64, offsetSeconds: Int = 0) {
        let local = epochMilliseconds + Int64(offsetSeconds) * 1000
        let (days, dayMilliseconds) = Self.floorDivision(local, 86_400_000)
        let (year, month, day) = CivilCalendar.date(fromDays: days)
        self.year = year
        self.month = month
        self.day = day
        hour = Int(dayMilliseconds / 3_600_000)
        minute = Int(dayMilliseconds / 60_000 % 60)
        second = Int(dayMilliseconds / 1000 % 60)
        millisecond = Int(dayMilliseconds % 1000)
        weekday = Int(Self.floorDivision(days + 3, 7).remainder) + 1
        dayOfYear = Int(days - CivilCalendar.days(year: year, month: 1, day: 1)) + 1
    }
}
