import Foundation

/// When and how long a connector client waits before sending a request again.
///
/// Only answers whose status is in ``retriedStatuses`` (429 and 503) are retried, and only for
/// requests that are safe to repeat (see ``ConnectorRequest/isRetrySafe``). The wait is the
/// vendor's `Retry-After` when it sends one, else an exponential backoff with jitter. A retry whose
/// wait would take the total past ``maxTotalWait`` is not made: the error is reported instead.
public struct RetryPolicy: Sendable, Hashable {
    /// How many times a request is sent at most, the first time included.
    public var maxAttempts: Int
    /// The most time spent waiting between attempts of one request, all waits together.
    public var maxTotalWait: Duration
    /// The backoff before the first retry.
    public var initialBackoff: Duration
    /// The longest backoff between two attempts.
    public var maxBackoff: Duration
    /// The share of each backoff taken off at random (0 = none, 1 = up to all of it), so clients
    /// that failed together do not retry together.
    public var jitter: Double
    /// The statuses that are retried.
    public var retriedStatuses: Set<Int>

    /// Creates a policy. The defaults fit HelloID's 30-second limit per action.
    public init(
        maxAttempts: Int = 4,
        maxTotalWait: Duration = .seconds(20),
        initialBackoff: Duration = .seconds(1),
        maxBackoff: Duration = .seconds(8),
        jitter: Double = 0.5,
        retriedStatuses: Set<Int> = [429, 503]
    ) {
        self.maxAttempts = maxAttempts
        self.maxTotalWait = maxTotalWait
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.jitter = jitter
        self.retriedStatuses = retriedStatuses
    }

    /// A policy that never retries.
    public static let never = RetryPolicy(maxAttempts: 1)

    /// The backoff before retry number `retry` (1 for the first retry): ``initialBackoff`` doubled
    /// for each earlier retry, at most ``maxBackoff``, less a random share of up to ``jitter``
    /// (`unitRandom` is a random number in `0..<1`).
    public func backoff(beforeRetry retry: Int, unitRandom: Double) -> Duration {
        let doubled = initialBackoff.seconds * pow(2, Double(max(0, retry - 1)))
        let capped = min(doubled, maxBackoff.seconds)
        let share = min(max(jitter, 0), 1) * min(max(unitRandom, 0), 1)
        return .seconds(capped * (1 - share))
    }
}
