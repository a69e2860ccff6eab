import Foundation
import Testing

@testable import Net2Connector

@Suite struct Net2DateTests {
    private let utc = TimeZone(identifier: "UTC")!
    private let newYear = Date(timeIntervalSince1970: 1_767_225_600)

    @Test func writesTheDayInvariantly() {
        #expect(Net2Date.day(newYear, in: utc) == "2026-01-01")
        #expect(Net2Date.day(newYear, offsetBy: -1, in: utc) == "2025-12-31")
    }

    @Test func usesTheAgentsTimeZone() {
        #expect(Net2Date.day(newYear, in: TimeZone(identifier: "America/New_York")!) == "2025-12-31")
    }
}
