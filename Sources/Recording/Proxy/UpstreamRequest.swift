import Foundation
import UnderstudyCore

/// A request for the upstream, sent as it is: libcurl adds only `Host` and `Content-Length`.
struct UpstreamRequest: Sendable {
    /// The method, as the client wrote it.
    var method: String
    /// The absolute URL.
    var url: URL
    /// The headers in order, duplicates kept.
    var headers: HTTPHeaders
    /// The body; `nil` sends none (and no `Content-Length`), empty data sends `Content-Length: 0`.
    var body: Data?

    /// Creates a request.
    init(method: String, url: URL, headers: HTTPHeaders = HTTPHeaders(), body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}
