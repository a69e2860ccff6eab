import Foundation
import UnderstudyCore

/// What the upstream answered, and when.
struct UpstreamAnswer: Sendable {
    /// The status code of the final answer (interim `1xx` answers left out).
    var status: Int
    /// The reason phrase sent with it (empty when none was, as in HTTP/2).
    var reason = ""
    /// The headers in the order received, duplicates kept.
    var headers: HTTPHeaders
    /// The body as it came: still in its `Content-Encoding` (chunked transfer undone).
    var body: Data
    /// From sending the request to the first byte of the answer.
    var wait: Duration
    /// From the first byte of the answer to the last.
    var receive: Duration
}
