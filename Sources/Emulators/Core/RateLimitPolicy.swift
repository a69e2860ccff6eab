import Foundation

/// How many requests a rate limiter admits per sliding window, for example 2 per second.
public struct RateLimitPolicy: Sendable, Hashable, CustomStringConvertible {
    /// The most requests admitted within any one window.
    public var limit: Int
    /// The length of the sliding window.
    public var window: Duration

    /// Creates a policy; throws unless `limit` is at least 1 and `window` is positive.
    public init(limit: Int, window: Duration) throws(RateLimitPolicyError) {
        guard limit >= 1 else { throw RateLimitPolicyError(text: "\(limit)", reason: "the limit must be at least 1") }
        guard window > .zero else {
            throw RateLimitPolicyError(text: "\(window)", reason: "the window must be longer than zero")
        }
        self.limit = limit
        self.window = window
    }

    /// Parses the command-line form `N/SECONDSs` (`2/1s`, `10/0.5s`) or `N/MILLISECONDSms` (`5/250ms`).
    public init(parsing text: String) throws(RateLimitPolicyError) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw RateLimitPolicyError(text: text, reason: "expected N/SECONDSs, for example 2/1s") }
        guard let limit = Int(parts[0]), limit >= 1 else {
            throw RateLimitPolicyError(text: text, reason: "'\(parts[0])' is not a request count of at least 1")
        }
        let windowText = parts[1]
        let seconds: Double?
        if windowText.hasSuffix("ms") {
            seconds = Double(windowText.dropLast(2)).map { $0 / 1000 }
        } else if windowText.hasSuffix("s") {
            seconds = Double(windowText.dropLast())
        } else {
            throw RateLimitPolicyError(text: text, reason: "the window '\(windowText)' needs a unit: s or ms")
        }
        guard let seconds, seconds.isFinite, seconds > 0 else {
            throw RateLimitPolicyError(text: text, reason: "the window '\(windowText)' is not a positive duration")
        }
        let milliseconds = (seconds * 1000).rounded()
        guard milliseconds >= 1, milliseconds < 1e12 else {
            throw RateLimitPolicyError(text: text, reason: "the window must be between 1 ms and 10^9 s")
        }
        self.limit = limit
        self.window = .milliseconds(Int64(milliseconds))
    }

    /// The command-line form, for example `2/1s`.
    public var description: String {
        let seconds = window.seconds
        return seconds == seconds.rounded() ? "\(limit)/\(Int(seconds))s" : "\(limit)/\(seconds)s"
    }
}

/// Why a rate-limit text could not be parsed.
public struct RateLimitPolicyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text that was given.
    public var text: String
    /// What is wrong with it.
    public var reason: String

    public var description: String { "invalid rate limit '\(text)': \(reason)" }
}
