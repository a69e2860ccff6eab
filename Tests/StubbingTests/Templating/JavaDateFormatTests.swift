import Foundation
import Testing
@testable import Stubbing

@Suite struct JavaDateFormatTests {
    /// 2026-03-15T13:45:30.250Z, a Sunday, day 74 of the year.
    private let instant: Int64 = 1_773_582_330_250
    private let utc = TimeZone(identifier: "UTC")!

    private func format(_ pattern: String, zone: String = "UTC", at milliseconds: Int64? = nil) throws -> String {
        try JavaDateFormat(pattern: pattern, timeZone: TimeZone(identifier: zone)!, offset: 0).format(epochMilliseconds: milliseconds ?? instant)
    }

    @Test func numericFieldsPadToTheLetterCount() throws {
        #expect(try format("y yy yyyy M MM d dd H HH m mm s ss S SSS D DDD") == "2026 26 2026 3 03 15 15 13 13 45 45 30 30 250 250 74 074")
    }

    @Test func namesAndMarkers() throws {
        #expect(try format("MMM MMMM E EEE EEEE a G u") == "Mar March Sun Sun Sunday PM AD 7")
    }

    @Test func twelveAndTwentyFourHourClocks() throws {
        let midnight: Int64 = 1_767_225_600_000
        #expect(try format("h K k H", at: midnight) == "12 0 24 0")
        #expect(try format("h K k H") == "1 1 13 13")
    }

    @Test func quotedTextIsLiteral() throws {
        #expect(try format("yyyy-MM-dd'T'HH:mm 'o''clock' ''") == "2026-03-15T13:45 o'clock '")
        #expect(try format("[yyyy]/{MM}") == "[2026]/{03}")
    }

    @Test func zoneOffsetsAndNames() throws {
        #expect(try format("X XX XXX Z z zzzz") == "Z Z Z +0000 UTC Coordinated Universal Time")
        #expect(try format("HH:mm X XX XXX Z", zone: "Asia/Kolkata") == "19:15 +05 +0530 +05:30 +0530")
        #expect(try format("HH:mm XXX", zone: "America/St_Johns") == "11:15 -02:30")
    }

    @Test func rejectsUnsupportedLettersAndOpenQuotes() {
        #expect(throws: TemplateSyntaxError.self) { try JavaDateFormat(pattern: "YYYY", timeZone: utc, offset: 0) }
        #expect(throws: TemplateSyntaxError.self) { try JavaDateFormat(pattern: "yyyy-ww", timeZone: utc, offset: 0) }
        #expect(throws: TemplateSyntaxError.self) { try JavaDateFormat(pattern: "yyyy'T", timeZone: utc, offset: 0) }
    }
}
