import Foundation
import Testing

@testable import ConnectorRuntime

@Suite struct RetryAfterTests {
    private let now = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

    @Test func readsSeconds() {
        #expect(RetryAfter.delay("7", now: now) == .seconds(7))
        #expect(RetryAfter.delay(" 0 ", now: now) == .zero)
        #expect(RetryAfter.delay("1.5", now: now) == .milliseconds(1500))
        #expect(RetryAfter.delay("-3", now: now) == .zero)
    }

    @Test func readsTheThreeHTTPDateForms() {
        #expect(RetryAfter.delay("Thu, 01 Jan 2026 00:00:30 GMT", now: now) == .seconds(30))
        #expect(RetryAfter.delay("Thursday, 01-Jan-26 00:01:00 GMT", now: now) == .seconds(60))
        #expect(RetryAfter.delay("Thu Jan  1 00:00:10 2026", now: now) == .seconds(10))
        #expect(RetryAfter.delay("Wed, 31 Dec 2025 23:00:00 GMT", now: now) == .zero)
    }

    @Test func ignoresAnythingElse() {
        #expect(RetryAfter.delay("soon", now: now) == nil)
        #expect(RetryAfter.delay("", now: now) == nil)
        #expect(RetryAfter.delay("inf", now: now) == nil)
    }
}
