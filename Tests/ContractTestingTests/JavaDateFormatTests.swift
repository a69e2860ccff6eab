import Testing

@testable import ContractTesting

@Suite struct JavaDateFormatTests {
    @Test(arguments: [
        ("yyyy-MM-dd", "2015-06-10", true), ("yyyy-MM-dd", "2015-6-10", false), ("yyyy-M-d", "2015-6-1", true),
        ("dd/MM/yyyy", "29/10/2015", true), ("dd/MM/yyyy", "32/10/2015", false),
        ("HH:mm:ss", "23:59:59", true), ("HH:mm:ss", "22:98:78", false), ("hh:mm a", "07:30 PM", true),
        ("yyyy-MM-dd'T'HH:mm:ss", "2015-06-10T20:41:37", true), ("yyyy-MM-dd'T'HH:mm:ssXXX", "2015-06-10T20:41:37Z", true),
        ("yyyy-MM-dd HH:mm:ssZ", "2015-06-10 20:41:37+0200", true), ("EEE, dd MMM yyyy", "Wed, 10 Jun 2015", true),
        ("EEEE d MMMM yy", "Wednesday 1 June 15", true), ("yyyy-MM-dd[ HH:mm]", "2015-06-10", true),
        ("yyyy-MM-dd[ HH:mm]", "2015-06-10 10:15", true), ("HH:mm:ss.SSS", "10:15:30.12", false),
        ("'week' w, yyyy", "week 24, 2015", true), ("''yy''", "'15'", true),
    ])
    func validatesTextAgainstPatterns(_ pattern: String, _ text: String, _ valid: Bool) {
        #expect(JavaDateFormat.matches(text, pattern: pattern, default: .date) == valid)
    }

    @Test func rejectsUnsupportedPatterns() {
        #expect(JavaDateFormat.matches("x", pattern: "yyyy-bb", default: .date) == nil)
        #expect(JavaDateFormat.matches("x", pattern: "'open", default: .date) == nil)
    }

    @Test(arguments: [
        (JavaDateFormat.Default.date, "2024-02-29", true), (.date, "2024-2-29", false),
        (.time, "10:15", true), (.time, "10:15:30.123456+01:00", true), (.time, "25:00", false),
        (.timestamp, "2024-02-29T10:15:30Z", true), (.timestamp, "2024-02-29 10:15:30", false),
    ])
    func defaultsAreISO8601(_ fallback: JavaDateFormat.Default, _ text: String, _ valid: Bool) {
        #expect(JavaDateFormat.matches(text, pattern: nil, default: fallback) == valid)
    }
}
