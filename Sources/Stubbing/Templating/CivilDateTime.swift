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
        let days = Self.epochDays(year: year, month: month, day: day)
        let time = Int64(hour) * 3_600_000 + Int64(minute) * 60_000 + Int64(second) * 1000 + Int64(millisecond)
        return days * 86_400_000 + time
    }

    /// Days from 1970-01-01 to the given date.
    static func epochDays(year: Int, month: Int, day: Int) -> Int64 {
        let shiftedYear = Int64(month <= 2 ? year - 1 : year)
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * Int64(month > 2 ? month - 3 : month + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The number of days in `month` of `year`.
    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func civil(fromEpochDays days: Int64) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
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
        let (year, month, day) = Self.civil(fromEpochDays: days)
        self.year = year
        self.month = month
        self.day = day
        hour = Int(dayMilliseconds / 3_600_000)
        minute = Int(dayMilliseconds / 60_000 % 60)
        second = Int(dayMilliseconds / 1000 % 60)
        millisecond = Int(dayMilliseconds % 1000)
        weekday = Int(Self.floorDivision(days + 3, 7).remainder) + 1
        dayOfYear = Int(days - Self.epochDays(year: year, month: 1, day: 1)) + 1
    }
}
