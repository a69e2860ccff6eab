import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Why a connector request failed. Its message names the request line and the vendor's own
/// message but never a secret: no `Authorization` header, no password, token or client secret
/// (known secret values are masked wherever they occur, including in the vendor's reply).
public struct ConnectorHTTPError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// The vendor answered with this status outside 200–299.
        case status(Int)
        /// No answer: connection refused, timed out, reset.
        case transport(String)
        /// The request's URL could not be formed from the base URL and path.
        case invalidURL
        /// The answer's body could not be read as the caller asked (for example not JSON).
        case unreadableBody(String)
    }

    /// What went wrong.
    public var kind: Kind
    /// The method and URL, with secret query values masked: `GET http://host/api/v1/users/5`.
    public var requestLine: String
    /// The vendor's message from the error body (`message`, `error_description`, …), secrets masked.
    public var vendorMessage: String?
    /// The error body as text, secrets masked and cut at 2,000 characters, for callers that branch
    /// on its content.
    public var responseText: String
    /// How many times the request was sent.
    public var attempts: Int

    /// Creates an error.
    public init(kind: Kind, requestLine: String, vendorMessage: String? = nil, responseText: String = "", attempts: Int = 1) {
        self.kind = kind
        self.requestLine = requestLine
        self.vendorMessage = vendorMessage
        self.responseText = responseText
        self.attempts = attempts
    }

    /// The HTTP status, when the vendor answered.
    public var status: Int? {
        if case .status(let status) = kind { return status }
        return nil
    }

    /// The error as one line: request line, status or reason, vendor message, attempts.
    public var description: String {
        var text: String
        switch kind {
        case .status(let status): text = "\(requestLine) failed with HTTP \(status)"
        case .transport(let reason): text = "\(requestLine) failed: \(reason)"
        case .invalidURL: text = "\(requestLine) is not a valid URL"
        case .unreadableBody(let reason): text = "\(requestLine) returned a body that could not be read: \(reason)"
        }
        if let vendorMessage { text += ": \(vendorMessage)" }
        if attempts > 1 { text += " (after \(attempts) attempts)" }
        return text
    }

    /// A short reason for a failure to get any answer.
    static func transportReason(_ error: any Error, timeout: Duration) -> String {
        guard let error = error as? URLError else { return String(describing: error) }
        switch error.code {
        case .timedOut: return "no answer within \(timeout)"
        case .cannotConnectToHost: return "could not connect to the host"
        case .cannotFindHost, .dnsLookupFailed: return "host not found"
        case .networkConnectionLost: return "the connection was lost"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
            return "the TLS connection could not be established"
        default: return "network error \(error.code.rawValue)"
        }
    }
}
