import Foundation
import UnderstudyCore
import MicroHTTP

/// A request ready to send to a provider: an interaction's example (generators applied) resolved
/// against the provider's base URL, with the verifier's extra headers.
struct OutgoingRequest: Sendable, Equatable {
    /// The method.
    var method: String
    /// The full URL, path and query percent-encoded.
    var url: URL
    /// The headers to send.
    var headers: HTTPHeaders
    /// The body (empty for none).
    var body: Data

    /// A JSON `POST` to `url`.
    init(url: URL, body: Data) {
        self.method = "POST"
        self.url = url
        self.headers = ["Content-Type": "application/json", "Accept": "application/json"]
        self.body = body
    }

    /// `METHOD /path?query`, as shown in reports.
    var requestLine: String {
        let query = url.query.map { "?" + $0 } ?? ""
        return "\(method) \(url.path.isEmpty ? "/" : url.path)\(query)"
    }

    /// Builds the request for `example` against `baseURL` (whose own path is kept as a prefix);
    /// each extra header replaces the example's headers of the same name. `nil` when the result
    /// is not a valid URL.
    init?(example: PactRequest, baseURL: URL, extraHeaders: HTTPHeaders) {
        let observed = ObservedRequest(example: example)
        var root = baseURL.absoluteString
        while root.hasSuffix("/") { root.removeLast() }
        var target = root + PercentEncoding.path(example.path.hasPrefix("/") ? example.path : "/" + example.path)
        let pairs = example.query.keys.sorted().flatMap { name in
            example.query[name]!.map { PercentEncoding.component(name) + "=" + PercentEncoding.component($0) }
        }
        if !pairs.isEmpty { target += "?" + pairs.joined(separator: "&") }
        guard let url = URL(string: target) else { return nil }
        var headers = observed.headers
        for field in extraHeaders { headers.remove(field.name) }
        for field in extraHeaders { headers.add(name: field.name, value: field.value) }
        self.method = example.method.uppercased()
        self.url = url
        self.headers = headers
        self.body = observed.body
    }
}
