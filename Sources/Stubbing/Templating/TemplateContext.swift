import Foundation
import MicroHTTP
import UnderstudyCore

/// Everything a template may read when it renders: the request, the path parameters of the
/// stub's `urlPathTemplate`, the time and a source of randomness.
///
/// The time and randomness are given, never read from the system inside the template, so
/// tests pin them: a fixed `now` (or a `ManualClock`) and a ``SeededRandomNumberGenerator``.
/// Each render starts from a copy of ``randomNumberGenerator``, so rendering the same context
/// twice with a seeded generator gives the same text twice.
public struct TemplateContext: Sendable {
    /// The request being answered.
    public var request: HTTPRequest
    /// Named path parameters from a `urlPathTemplate` match (`request.path.<name>`).
    public var pathParameters: [String: String]
    /// The time `{{now}}` reports.
    public var now: Date
    /// Where `{{randomValue}}` draws from.
    public var randomNumberGenerator: any RandomNumberGenerator & Sendable

    /// Creates a context with an explicit time.
    public init(
        request: HTTPRequest,
        pathParameters: [String: String] = [:],
        now: Date,
        randomNumberGenerator: any RandomNumberGenerator & Sendable = SystemRandomNumberGenerator()
    ) {
        self.request = request
        self.pathParameters = pathParameters
        self.now = now
        self.randomNumberGenerator = randomNumberGenerator
    }

    /// Creates a context whose time is `clock.now`.
    public init(
        request: HTTPRequest,
        pathParameters: [String: String] = [:],
        clock: any UnderstudyCore.Clock,
        randomNumberGenerator: any RandomNumberGenerator & Sendable = SystemRandomNumberGenerator()
    ) {
        self.init(request: request, pathParameters: pathParameters, now: clock.now, randomNumberGenerator: randomNumberGenerator)
    }
}
