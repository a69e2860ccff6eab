import Foundation
import UnderstudyCore

/// A complete HTTP request as a value: what the server read, in a form handlers can match on.
public struct HTTPRequest: Sendable, Hashable {
    /// The method as sent, for example `GET`.
    public var method: String
    /// The request target as sent: path and query, percent-encoding kept (`/a%20b?x=1`).
    public var target: String
    /// The request headers.
    public var headers: HTTPHeaders
    /// The body bytes (empty when there is none).
    public var body: Data
    /// The peer's address as text (`127.0.0.1`, `::1`): set by the server for every request it
    /// reads; `nil` for a request made in code.
    public var remoteAddress: String?
    /// `https` for a request that came over TLS, `http` otherwise.
    public var scheme: String

    /// Creates a request.
    public init(
        method: String, target: String, headers: HTTPHeaders = HTTPHeaders(), body: Data = Data(), remoteAddress: String? = nil,
        scheme: String = "http"
    ) {
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
        self.remoteAddress = remoteAddress
        self.scheme = scheme
    }

    /// The scheme and the `Host` header (`https://api.example.com:8443`); `nil` without a `Host` header.
    public var baseURL: String? {
        headers["Host"].map { "\(scheme)://\($0)" }
    }

    /// The host the client named in `Host`, without the port (`localhost` without a `Host` header;
    /// an IPv6 address keeps its brackets, `[::1]`).
    public var host: String {
        authority.host
    }

    /// The port the client named in `Host`, or the scheme's default (443 for `https`, 80 otherwise).
    public var port: Int {
        authority.port ?? (scheme == "https" ? 443 : 80)
    }

    /// `Host` split at the colon before the port, if there is one.
    private var authority: (host: String, port: Int?) {
        guard let value = headers["Host"], !value.isEmpty else { return ("localhost", nil) }
        // The port follows the last colon, unless that colon is inside an IPv6 address's brackets.
        guard let colon = value.lastIndex(of: ":"), !value[colon...].contains("]") else { return (value, nil) }
        return (String(value[..<colon]), Int(value[value.index(after: colon)...]))
    }

    /// The whole URL the client asked for: the scheme, the `Host` header (`localhost` without
    /// one) and the target, as a server echoes it (`https://api.example.com/a?x=1`).
    public var absoluteURL: String {
        (baseURL ?? "\(scheme)://localhost") + target
    }

    /// The path part of the target, percent-encoding kept.
    public var rawPath: String {
        guard let mark = queryMark else { return target }
        return String(target[..<mark])
    }

    /// Where the `?` that starts the query stands in ``target``, found with one byte search.
    private var queryMark: String.Index? {
        let offset: Int?? = target.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress, let found = memchr(base, Int32(UInt8(ascii: "?")), bytes.count) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
        guard let offset else { return target.utf8.firstIndex(of: UInt8(ascii: "?")) }
        return offset.map { target.utf8.index(target.utf8.startIndex, offsetBy: $0) }
    }

    /// The path, percent-decoded (`+` stays a plus sign in a path).
    public var path: String {
        let raw = rawPath
        guard raw.utf8.contains(UInt8(ascii: "%")) else { return raw }
        return FormEncoding.percentDecode(raw.utf8[...], plusIsSpace: false)
    }

    /// The query string without `?`, percent-encoding kept, or `nil` when the target has none.
    public var rawQuery: String? {
        guard let mark = queryMark else { return nil }
        return String(target[target.utf8.index(after: mark)...])
    }

    /// The decoded query parameters in order (`+` decodes to a space).
    public var queryItems: [(name: String, value: String)] {
        rawQuery.map(FormEncoding.decode) ?? []
    }

    /// Every decoded value of the query parameter `name`.
    public func queryValues(_ name: String) -> [String] {
        queryItems.filter { $0.name == name }.map(\.value)
    }

    /// The cookies of the `Cookie` headers, in order.
    public var cookies: [(name: String, value: String)] {
        headers.values(for: "Cookie").flatMap { header in
            header.split(separator: ";").compactMap { pair in
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard let name = parts.first?.trimmingCharacters(in: .whitespaces), !name.isEmpty else { return nil }
                return (name, parts.count > 1 ? String(parts[1]).trimmingCharacters(in: .whitespaces) : "")
            }
        }
    }

    /// The body as UTF-8 text (invalid sequences repaired).
    public var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// The decoded fields of an `application/x-www-form-urlencoded` body, in order.
    public var formParameters: [(name: String, value: String)] {
        FormEncoding.decode(bodyText)
    }

    /// Whether two requests say the same: method, target, headers and body. Where a request came
    /// from (its peer and scheme) is not part of what it says.
    public static func == (lhs: HTTPRequest, rhs: HTTPRequest) -> Bool {
        lhs.method == rhs.method && lhs.target == rhs.target && lhs.headers == rhs.headers && lhs.body == rhs.body
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(method)
        hasher.combine(target)
        hasher.combine(body)
    }
}
