import Foundation
import UnderstudyCore

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A connector request resolved against its client: the URL, the header fields and body to send,
/// the secrets to keep out of messages, and the request line that messages show.
struct PreparedRequest {
    let urlRequest: URLRequest
    let url: URL
    let headers: ConnectorHeaders
    let body: Data
    let timeout: Duration
    let secrets: [String]
    let line: RequestLine

    /// The request line messages show, secrets masked.
    var requestLine: String { line.text }

    /// Resolves `request` against the client's base URL, credentials, headers and timeout.
    init(_ request: ConnectorRequest, client: ConnectorHTTPClient) throws(ConnectorHTTPError) {
        let target = Self.target(base: client.baseURL, path: request.path, query: request.query)
        let authentication = request.authentication ?? client.authentication

        var headers = client.headers
        if let field = authentication.field { headers[field.name] = field.value }
        for name in Set(request.headers.map { $0.name.lowercased() }) { headers.remove(name) }
        for field in request.headers { headers.add(name: field.name, value: field.value) }
        if let body = request.body, !headers.contains("Content-Type") { headers["Content-Type"] = body.contentType }

        var secrets = authentication.secrets + request.secrets + (request.body?.secrets ?? [])
        secrets += request.query.filter { SecretRedaction.isSecretName($0.name) }.map(\.value)
        for field in headers where SecretRedaction.isSecretName(field.name) {
            secrets.append(field.value)
            if let space = field.value.firstIndex(of: " ") { secrets.append(String(field.value[space...].dropFirst())) }
        }
        self.secrets = secrets

        guard let url = URL(string: target) else {
            let withoutQuery = String(target.prefix { $0 != "?" })
            throw ConnectorHTTPError(
                kind: .invalidURL, requestLine: "\(request.method.rawValue) \(SecretRedaction.scrub(withoutQuery, secrets: secrets))")
        }
        self.url = url
        self.headers = headers
        self.body = request.body?.data ?? Data()
        self.timeout = request.timeout ?? client.timeout
        self.line = RequestLine(method: request.method.rawValue, url: url, secrets: secrets)

        var urlRequest = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout.seconds)
        urlRequest.httpMethod = request.method.rawValue
        for field in headers { urlRequest.addValue(field.value, forHTTPHeaderField: field.name) }
        if request.body != nil { urlRequest.httpBody = body }
        self.urlRequest = urlRequest
    }

    /// The base URL joined with `path` (kept as given; an absolute URL replaces the base) and the
    /// percent-encoded query.
    static func target(base: URL, path: String, query: [(name: String, value: String)]) -> String {
        var target: String
        if path.hasPrefix("http://") || path.hasPrefix("https://") {
            target = path
        } else {
            var root = base.absoluteString
            while root.hasSuffix("/") { root.removeLast() }
            target = path.isEmpty ? root : root + (path.hasPrefix("/") ? path : "/" + path)
        }
        if !query.isEmpty {
            let pairs = query.map { PercentEncoding.component($0.name) + "=" + PercentEncoding.component($0.value) }
            target += (target.contains("?") ? "&" : "?") + pairs.joined(separator: "&")
        }
        return target
    }
}
