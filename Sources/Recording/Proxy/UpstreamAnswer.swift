import Foundation
import MicroHTTP

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

/// Why the upstream gave no answer.
struct UpstreamFailure: Error, Sendable, CustomStringConvertible {
    /// The reason in words.
    var reason: String

    var description: String { reason }
}
