import Foundation
import UnderstudyCore

/// One request and its answer as they crossed the wire, for a harness to observe.
///
/// Exchanges are what was really sent, credentials included; redact before writing them anywhere.
public struct ConnectorExchange: Sendable {
    /// The method.
    public var method: String
    /// The full URL, query included.
    public var url: URL
    /// The header fields sent.
    public var requestHeaders: ConnectorHeaders
    /// The body sent.
    public var requestBody: Data
    /// The status received, `nil` when no answer came.
    public var status: Int?
    /// The header fields received.
    public var responseHeaders: ConnectorHeaders
    /// The body received.
    public var responseBody: Data
    /// How long the exchange took.
    public var duration: Duration
    /// Which attempt of the request this was, from 1.
    public var attempt: Int
    /// Why no answer came, when none did.
    public var failure: String?
    /// Whether the request obtained credentials.
    public var isTokenRequest: Bool

    /// Creates an exchange record.
    public init(
        method: String,
        url: URL,
        requestHeaders: ConnectorHeaders = [:],
        requestBody: Data = Data(),
        status: Int?,
        responseHeaders: ConnectorHeaders = [:],
        responseBody: Data = Data(),
        duration: Duration = .zero,
        attempt: Int = 1,
        failure: String? = nil,
        isTokenRequest: Bool = false
    ) {
        self.method = method
        self.url = url
        self.requestHeaders = requestHeaders
        self.requestBody = requestBody
        self.status = status
        self.responseHeaders = responseHeaders
        self.responseBody = responseBody
        self.duration = duration
        self.attempt = attempt
        self.failure = failure
        self.isTokenRequest = isTokenRequest
    }
}
