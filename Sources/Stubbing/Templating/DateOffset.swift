import UnderstudyCore

/// A `now offset='…'` amount such as `3 days`, `-1 hours` or `10 minutes`.
///
/// Units (singular or plural, any case): seconds, minutes, hours, days, weeks, months, years.
/// Months and years move the calendar date and keep the time of day; a day past the end of the
/// shorter month becomes its last day (January 31st plus one month is February 28th or 29th).
struct DateOffset: Sendable, Hashable {
    /// The unit of an offset.
    enum Unit: String, Sendable, CaseIterable {
        case seconds, minutes, hours, days, weeks, months, years
    }

    /// How many units, negative for the past.
    var amount: Int
    /// The unit.
    var unit: Unit

    /// The instant `epochMilliseconds` moved by this offset.
    func applied(toEpochMilliseconds epochMilliseconds: Int64) -> Int64 {
        let amount = Int64(amount)
        switch unit {
        case .seconds: return epochMilliseconds + amount * 1000
        case .minutes: return epochMilliseconds + amount * 60_000
        case .hours: return epochMilliseconds + amount * 3_600_000
        case .days: return epochMilliseconds + amount * 86_400_000
        case .weeks: return epochMilliseconds + amount * 604_800_000
        case .months: return Self.addingMonths(Int(amount), to: epochMilliseconds)
        case .years: return Self.addingMonths(Int(amount) * 12, to: epochMilliseconds)
        }
    }

    private static func addingMonths(_ months: Int, to epochMilliseconds: Int64) -> Int64 {
        var fields = CivilDateTime(epochMilliseconds: epochMilliseconds)
        let monthIndex = fields.year * 12 + (fields.month - 1) + months
        fields.year = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12
        fields.month = monthIndex - fields.year * 12 + 1
        fields.day = min(fields.day, CivilCalendar.daysInMonth(year: fields.year, month: fields.month))
        return fields.epochMilliseconds
    }
}

extension DateOffset {
    /// Parses `<whole number> <unit>`, or returns `nil`.
    init?(parsing text: String) {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard parts.count == 2, let amount = Int(parts[0].hasPrefix("+") ? parts[0].dropFirst() : parts[0]) else { return nil }
        let name = parts[1].lowercased()
        guard let unit = Unit(rawValue: name) ?? Unit(rawValue: name + "s") else { return nil }
        self.amount = amount
        self.unit = unit
    }
}
