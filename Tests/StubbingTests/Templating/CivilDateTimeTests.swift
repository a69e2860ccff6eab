import Foundation
import Testing
import UnderstudyCore
@testable import Stubbing

@Suite struct CivilDateTimeTests {
    @Test func epochIsThursdayFirstOfJanuary1970() {
        let fields = CivilDateTime(epochMilliseconds: 0)
        #expect(fields == CivilDateTime(year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0, weekday: 4, dayOfYear: 1))
    }

    @Test func beforeTheEpoch() {
        let fields = CivilDateTime(epochMilliseconds: -1)
        #expect(fields == CivilDateTime(year: 1969, month: 12, day: 31, hour: 23, minute: 59, second: 59, millisecond: 999, weekday: 3, dayOfYear: 365))
    }

    @Test func leapYearAndOffset() {
        // 2024-12-31T23:30:00Z read one hour ahead is 2025-01-01 00:30, a Wednesday.
        let instant = CivilCalendar.days(year: 2024, month: 12, day: 31) * 86_400_000 + 84_600_000
        #expect(CivilDateTime(epochMilliseconds: instant).dayOfYear == 366)
        let local = CivilDateTime(epochMilliseconds: instant, offsetSeconds: 3600)
        #expect((local.year, local.month, local.day, local.hour, local.minute, local.weekday) == (2025, 1, 1, 0, 30, 3))
    }

    /// From 1696 (Foundation switches to the Julian calendar before 1582) to about 4160.
    @Test func agreesWithFoundationOverManyDays() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for day in stride(from: -100_000, through: 800_000, by: 997) {
            let milliseconds = Int64(day) * 86_400_000 + 45_296_789
            let fields = CivilDateTime(epochMilliseconds: milliseconds)
            let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
            #expect(fields.year == parts.year && fields.month == parts.month && fields.day == parts.day)
            #expect(fields.weekday % 7 + 1 == parts.weekday)
            #expect(fields.epochMilliseconds == milliseconds)
        }
    }
}
