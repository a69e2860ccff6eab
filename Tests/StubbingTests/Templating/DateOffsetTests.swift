import Testing
import UnderstudyCore
@testable import Stubbing

@Suite struct DateOffsetTests {
    @Test func parsesAmountAndUnit() {
        #expect(DateOffset(parsing: "3 days") == DateOffset(amount: 3, unit: .days))
        #expect(DateOffset(parsing: "-1 hours") == DateOffset(amount: -1, unit: .hours))
        #expect(DateOffset(parsing: "+2 Weeks") == DateOffset(amount: 2, unit: .weeks))
        #expect(DateOffset(parsing: "1 year") == DateOffset(amount: 1, unit: .years))
        #expect(DateOffset(parsing: "  10   minutes ") == DateOffset(amount: 10, unit: .minutes))
    }

    @Test(arguments: ["", "3", "days", "three days", "3 days ago", "1.5 hours", "2 fortnights"])
    func rejectsOtherText(text: String) {
        #expect(DateOffset(parsing: text) == nil)
    }

    @Test func fixedUnitsAddMilliseconds() {
        #expect(DateOffset(amount: 2, unit: .seconds).applied(toEpochMilliseconds: 0) == 2000)
        #expect(DateOffset(amount: -1, unit: .days).applied(toEpochMilliseconds: 0) == -86_400_000)
    }

    @Test func monthsKeepTheTimeAndClampTheDay() {
        // 2026-01-31T10:00:00Z plus one month is 2026-02-28T10:00:00Z.
        let january31 = CivilCalendar.days(year: 2026, month: 1, day: 31) * 86_400_000 + 36_000_000
        let february28 = CivilCalendar.days(year: 2026, month: 2, day: 28) * 86_400_000 + 36_000_000
        #expect(DateOffset(amount: 1, unit: .months).applied(toEpochMilliseconds: january31) == february28)
        // 2024-02-29 minus one year is 2023-02-28; minus 14 months is 2022-12-29.
        let leapDay = CivilCalendar.days(year: 2024, month: 2, day: 29) * 86_400_000
        #expect(DateOffset(amount: -1, unit: .years).applied(toEpochMilliseconds: leapDay) == CivilCalendar.days(year: 2023, month: 2, day: 28) * 86_400_000)
        #expect(DateOffset(amount: -14, unit: .months).applied(toEpochMilliseconds: leapDay) == CivilCalendar.days(year: 2022, month: 12, day: 29) * 86_400_000)
    }
}
