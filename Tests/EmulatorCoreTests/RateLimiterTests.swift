import EmulatorCore
import Foundation
import Testing
import UnderstudyCore

@Suite struct RateLimiterTests {
    @Test func refusesTheThirdRequestWithinOneSecond() throws {
        let clock = ManualClock()
        var limiter = RateLimiter(policy: try RateLimitPolicy(limit: 2, window: .seconds(1)))
        #expect(limiter.admit(key: "k", now: clock.now) == .admitted(remaining: 1))
        clock.advance(by: .milliseconds(300))
        #expect(limiter.admit(key: "k", now: clock.now) == .admitted(remaining: 0))
        clock.advance(by: .milliseconds(300))
        #expect(limiter.admit(key: "k", now: clock.now) == .limited(retryAfterSeconds: 1))
        clock.advance(by: .milliseconds(400))
        #expect(limiter.admit(key: "k", now: clock.now).isAdmitted)
    }

    @Test func windowSlidesAndRefusalsDoNotCount() throws {
        let clock = ManualClock()
        var limiter = RateLimiter(policy: try RateLimitPolicy(limit: 2, window: .seconds(1)))
        _ = limiter.admit(key: "k", now: clock.now)
        clock.advance(by: .milliseconds(900))
        _ = limiter.admit(key: "k", now: clock.now)
        clock.advance(by: .milliseconds(50))
        #expect(!limiter.admit(key: "k", now: clock.now).isAdmitted)
        clock.advance(by: .milliseconds(50))
        #expect(limiter.admit(key: "k", now: clock.now).isAdmitted, "the first request left the window at 1.0 s")
        #expect(!limiter.admit(key: "k", now: clock.now).isAdmitted)
    }

    @Test func retryAfterRoundsUpToWholeSeconds() throws {
        let clock = ManualClock()
        var limiter = RateLimiter(policy: try RateLimitPolicy(limit: 1, window: .seconds(10)))
        _ = limiter.admit(key: "k", now: clock.now)
        clock.advance(by: .milliseconds(2500))
        #expect(limiter.admit(key: "k", now: clock.now) == .limited(retryAfterSeconds: 8))
    }

    @Test func keysAreLimitedSeparately() throws {
        let now = ManualClock().now
        var limiter = RateLimiter(policy: try RateLimitPolicy(limit: 1, window: .seconds(1)))
        #expect(limiter.admit(key: "a", now: now).isAdmitted)
        #expect(limiter.admit(key: "b", now: now).isAdmitted)
        #expect(!limiter.admit(key: "a", now: now).isAdmitted)
    }
}
