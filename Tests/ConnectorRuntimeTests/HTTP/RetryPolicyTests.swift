import Testing

@testable import ConnectorRuntime

@Suite struct RetryPolicyTests {
    @Test func backoffDoublesUpToTheCap() {
        let policy = RetryPolicy(initialBackoff: .seconds(1), maxBackoff: .seconds(5), jitter: 0)
        #expect(
            (1...5).map { policy.backoff(beforeRetry: $0, unitRandom: 0.9) } == [
                .seconds(1), .seconds(2), .seconds(4), .seconds(5), .seconds(5),
            ])
    }

    @Test func jitterTakesOffAtMostItsShare() {
        let policy = RetryPolicy(initialBackoff: .seconds(4), jitter: 0.5)
        #expect(policy.backoff(beforeRetry: 1, unitRandom: 0) == .seconds(4))
        #expect(policy.backoff(beforeRetry: 1, unitRandom: 0.5) == .seconds(3))
        #expect(policy.backoff(beforeRetry: 1, unitRandom: 1) == .seconds(2))
        #expect(RetryPolicy(initialBackoff: .seconds(4), jitter: 7).backoff(beforeRetry: 1, unitRandom: 2) == .zero)
    }

    @Test func neverMakesOneAttempt() {
        #expect(RetryPolicy.never.maxAttempts == 1)
        #expect(RetryPolicy().retriedStatuses == [429, 503])
    }
}
