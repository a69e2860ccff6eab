import Foundation
import UnderstudyCore

/// What generators may draw on while a request or response is prepared.
public struct GenerationContext: Sendable {
    /// Who prepares the message, which decides the generators that apply.
    public enum Mode: Sendable {
        /// A provider verifier preparing a request: `ProviderState` generators apply, `MockServerURL` do not.
        case provider
        /// A stub (mock) server preparing a response: `MockServerURL` generators apply, `ProviderState` do not.
        case consumer
    }

    /// Who prepares the message.
    public var mode: Mode
    /// The values the provider states returned (and their parameters), for `ProviderState` generators.
    public var providerState: [String: JSONValue]
    /// The stub server's base URL, for `MockServerURL` generators.
    public var mockServerURL: String?
    /// The time `Date`, `Time` and `DateTime` generators write.
    public var now: Date

    /// Creates a context.
    public init(mode: Mode, providerState: [String: JSONValue] = [:], mockServerURL: String? = nil, now: Date) {
        self.mode = mode
        self.providerState = providerState
        self.mockServerURL = mockServerURL
        self.now = now
    }
}
