import Foundation
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
        var target = root + URLEncoding.path(example.path.hasPrefix("/") ? example.path : "/" + example.path)
        let pairs = example.query.keys.sorted().flatMap { name in
            example.query[name]!.map { URLEncoding.component(name) + "=" + URLEncoding.component($0) }
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

/// Percent-encoding for the URLs a verifier builds (RFC 3986).
enum URLEncoding {
    /// A decoded path with every byte that may not appear in a path segment written as `%XX`
    /// (`/` separates segments and stays).
    static func path(_ path: String) -> String {
        encode(path, keeping: "/:@!$&'()*+,;=")
    }

    /// A query name or value: everything but the unreserved characters is written as `%XX`.
    static func component(_ text: String) -> String {
        encode(text, keeping: "")
    }

    private static func encode(_ text: String, keeping extra: String) -> String {
        let kept = Set(extra.utf8)
        var output = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            case _ where kept.contains(byte):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                output += hex.count == 1 ? "%0" + hex : "%" + hex
            }
        }
        return output
    }
}
