import Net2Emulator
import Testing

@Suite struct Net2DateTimeTests {
    @Test(arguments: [
        ("2026-03-22", "2026-03-22T00:00:00"),
        ("2026-03-22T23:59:00", "2026-03-22T23:59:00"),
        ("2026-03-22T23:59:59.123+01:00", "2026-03-22T23:59:59"),
        ("2026-03-22T10:00:00Z", "2026-03-22T10:00:00"),
        ("2026-03-22 08:15:00", "2026-03-22T08:15:00"),
        ("22-3-2026", "2026-03-22T00:00:00"),
        ("22-03-2026 00:00:00", "2026-03-22T00:00:00"),
        ("22.3.2026", "2026-03-22T00:00:00"),
        ("3/22/2026", "2026-03-22T00:00:00"),
        ("3/4/2026", "2026-03-04T00:00:00"),
        ("22/3/2026", "2026-03-22T00:00:00"),
        ("3/22/2026 11:59:00 PM", "2026-03-22T23:59:00"),
        ("3/22/2026 12:05 AM", "2026-03-22T00:05:00"),
        ("29-2-2024", "2024-02-29T00:00:00"),
    ])
    func parsesCultureDependentDates(text: String, iso: String) {
        #expect(Net2DateTime(parsing: text)?.description == iso)
    }

    @Test(arguments: ["", "yesterday", "31-31-2026", "29-2-2026", "22-3-26", "2026-13-01", "2026-03-22T25:00:00", "1/2/3/4", "3/22/2026 13:00 PM"])
    func rejectsWhatIsNotADate(text: String) {
        #expect(Net2DateTime(parsing: text) == nil)
    }

    @Test func ordersChronologically() throws {
        let earlier = try #require(Net2DateTime(parsing: "2026-03-21T23:59:59"))
        let later = try #require(Net2DateTime(parsing: "22-3-2026"))
        #expect(earlier < later)
        #expect(Net2DateTime(year: 2026, month: 3, day: 22, hour: 9)?.startOfDay == later)
    }
}
