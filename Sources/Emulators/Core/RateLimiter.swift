import Foundation

/// A sliding-window rate limiter: at most `policy.limit` admitted requests per key within any
/// window of `policy.window`. Refused requests do not count against the window.
///
/// A value: keep it inside the vendor state and pass the clock's time to ``admit(key:now:)``.
public struct RateLimiter: Sendable {
    /// The policy in force.
    public let policy: RateLimitPolicy
    private var admitted: [String: [Date]] = [:]

    /// Creates a limiter with no history.
    public init(policy: RateLimitPolicy) {
        self.policy = policy
    }

    /// Slack for clock arithmetic in floating point: a request exactly one window old has left it.
    private static let tolerance = 1e-6

    /// Decides whether a request for `key` arriving at `now` is admitted, and records it if so.
    public mutating func admit(key: String, now: Date) -> RateDecision {
        let window = policy.window.seconds
        var recent = (admitted[key] ?? []).filter { now.timeIntervalSince($0) < window - Self.tolerance }
        defer { admitted[key] = recent.isEmpty ? nil : recent }
        guard recent.count >= policy.limit else {
            recent.append(now)
            return .admitted(remaining: policy.limit - recent.count)
        }
        let wait = window - now.timeIntervalSince(recent[recent.count - policy.limit])
        return .limited(retryAfterSeconds: max(1, Int((wait - Self.tolerance).rounded(.up))))
    }
}

/// What a rate limiter decided about one request.
public enum RateDecision: Sendable, Hashable {
    /// Admitted; `remaining` more requests fit in the current window.
    case admitted(remaining: Int)
    /// Refused; a request after `retryAfterSeconds` whole seconds will be admitted (the value
    /// of a `Retry-After` header).
    case limited(retryAfterSeconds: Int)

    /// Whether the request was admitted.
    public var isAdmitted: Bool {
        if case .admitted = self { return true }
        return false
    }
}
