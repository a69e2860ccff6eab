import Foundation
import UnderstudyCore
import MicroHTTP

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What the upstream answered, and when.
struct UpstreamAnswer: Sendable {
    /// The status code.
    var status: Int
    /// The headers as URLSession reports them (sorted by name; `Set-Cookie` split again).
    var headers: HTTPHeaders
    /// The body, decoded (URLSession on Linux always undoes gzip and deflate).
    var body: Data
    /// From sending the request to the response headers.
    var wait: Duration
    /// From the response headers to the last byte.
    var receive: Duration
}

/// Why the upstream gave no answer, in words that never quote the request (its URL may hold
/// secrets).
struct UpstreamFailure: Error, Sendable, CustomStringConvertible {
    /// The reason in words.
    var reason: String

    var description: String { reason }

    /// The failure for an error URLSession reported.
    init(_ error: any Error) {
        guard let error = error as? URLError else {
            reason = "the exchange failed"
            return
        }
        switch error.code {
        case .timedOut: reason = "timed out"
        case .cannotConnectToHost: reason = "connection refused"
        case .cannotFindHost, .dnsLookupFailed: reason = "unknown host"
        case .networkConnectionLost: reason = "connection lost"
        case .cancelled: reason = "cancelled"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid,
            .serverCertificateHasUnknownRoot:
            reason = "TLS handshake failed"
        default: reason = "URL error \(error.code.rawValue)"
        }
    }

    /// A failure for `reason`.
    init(reason: String) {
        self.reason = reason
    }
}
