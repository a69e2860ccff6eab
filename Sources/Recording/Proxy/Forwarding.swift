import Foundation
import UnderstudyCore
import MicroHTTP

/// How the recorder turns a client's request into the upstream request, and the upstream's
/// answer into the client's response.
enum Forwarding {
    /// Headers that belong to one connection and are neither recorded nor forwarded.
    private static let connectionHeaders: Set<String> = [
        "connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "expect",
    ]
    /// Recorded headers that are not forwarded: libcurl writes `Host` and `Content-Length` for
    /// the upstream, and proxy credentials are meant for the proxy.
    private static let unforwarded: Set<String> = ["host", "content-length", "proxy-authorization"]
    /// Response headers that belong to the upstream connection (the server writes its own length).
    private static let unreturned: Set<String> = ["content-length", "transfer-encoding", "connection", "keep-alive"]

    /// The absolute upstream URL for a request target: the upstream's own path, then the target.
    static func url(for target: String, upstream: URL) -> URL? {
        var base = upstream.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        return URL(string: base + (target.hasPrefix("/") ? target : "/" + target))
    }

    /// The headers of `request` as recorded: connection headers dropped, `Host` naming the upstream.
    static func recordedHeaders(of request: HTTPRequest, upstream: URL) -> HTTPHeaders {
        var headers = HTTPHeaders(request.headers.fields.filter { !connectionHeaders.contains($0.name.lowercased()) })
        if headers.contains("Host"), let host = upstream.host {
            headers["Host"] = upstream.port.map { "\(host):\($0)" } ?? host
        }
        return headers
    }

    /// The upstream request for `request` sent to `url`: the method, the recorded headers but
    /// `Host` and `Content-Length` (`Accept-Encoding` included, so the upstream decides the
    /// coding), and the body when the client sent one (or a `Content-Length`).
    static func upstreamRequest(_ request: HTTPRequest, url: URL, headers: HTTPHeaders) -> UpstreamRequest {
        let forwarded = HTTPHeaders(headers.fields.filter { !unforwarded.contains($0.name.lowercased()) })
        let hasBody = !request.body.isEmpty || request.headers.contains("Content-Length")
        return UpstreamRequest(method: request.method, url: url, headers: forwarded, body: hasBody ? request.body : nil)
    }

    /// The response the client gets: the upstream's status, headers (`Content-Encoding`
    /// included) and body byte for byte.
    static func clientResponse(_ answer: UpstreamAnswer) -> HTTPResponse {
        let headers = HTTPHeaders(answer.headers.fields.filter { !unreturned.contains($0.name.lowercased()) })
        return HTTPResponse(status: answer.status, headers: headers, body: answer.body)
    }
}
