import Foundation
import UnderstudyCore
import MicroHTTP

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// How the recorder turns a client's request into the upstream request, and the upstream's
/// answer into the client's response.
enum Forwarding {
    /// Headers that belong to one connection and are neither recorded nor forwarded.
    private static let connectionHeaders: Set<String> = [
        "connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "expect",
    ]
    /// Recorded headers that are not forwarded: URLSession sets `Host` and `Content-Length`
    /// itself, negotiates `Accept-Encoding` itself (and always decodes), and proxy credentials are
    /// meant for the proxy.
    private static let unforwarded: Set<String> = ["host", "content-length", "accept-encoding", "proxy-authorization"]
    /// Response headers that no longer describe the body the client gets (URLSession decoded it;
    /// the server sets the length) or belong to the upstream connection.
    private static let unreturned: Set<String> = ["content-encoding", "content-length", "transfer-encoding", "connection", "keep-alive"]

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

    /// The upstream request for `request` sent to `url`.
    static func upstreamRequest(_ request: HTTPRequest, url: URL, headers: HTTPHeaders) -> URLRequest {
        var forwarded = URLRequest(url: url)
        forwarded.httpMethod = request.method
        forwarded.httpShouldHandleCookies = false
        for field in headers where !unforwarded.contains(field.name.lowercased()) {
            forwarded.addValue(field.value, forHTTPHeaderField: field.name)
        }
        if !request.body.isEmpty { forwarded.httpBody = request.body }
        return forwarded
    }

    /// The response the client gets: the upstream's status, headers and (decoded) body.
    static func clientResponse(_ answer: UpstreamAnswer) -> HTTPResponse {
        let headers = HTTPHeaders(answer.headers.fields.filter { !unreturned.contains($0.name.lowercased()) })
        return HTTPResponse(status: answer.status, headers: headers, body: answer.body)
    }
}
