import Foundation
import UnderstudyCore
import MicroHTTP

/// A request as it was actually sent, ready to be matched against a ``PactRequest``.
public struct ObservedRequest: Sendable, Equatable {
    /// The method.
    public var method: String
    /// The path, percent-decoded.
    public var path: String
    /// Query parameters, decoded: each name with its values in order.
    public var query: [String: [String]]
    /// The headers.
    public var headers: HTTPHeaders
    /// The body bytes (empty when there is none).
    public var body: Data

    /// Creates an observed request.
    public init(method: String, path: String, query: [String: [String]] = [:], headers: HTTPHeaders = HTTPHeaders(), body: Data = Data()) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The request a server received.
    public init(_ request: HTTPRequest) {
        var query: [String: [String]] = [:]
        for item in request.queryItems { query[item.name, default: []].append(item.value) }
        self.init(method: request.method, path: request.path, query: query, headers: request.headers, body: request.body)
    }

    /// The request a pact's example describes, as it would be sent. When the body names a content
    /// type and there is no `Content-Type` header, one is added.
    public init(example: PactRequest) {
        self.init(
            method: example.method, path: example.path, query: example.query,
            headers: ObservedHeaders.from(example.headers, body: example.body), body: example.body?.data ?? Data())
    }
}

/// A response as it was actually returned, ready to be matched against a ``PactResponse``.
public struct ObservedResponse: Sendable, Equatable {
    /// The status code.
    public var status: Int
    /// The headers.
    public var headers: HTTPHeaders
    /// The body bytes (empty when there is none).
    public var body: Data

    /// Creates an observed response.
    public init(status: Int, headers: HTTPHeaders = HTTPHeaders(), body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The response a server returned.
    public init(_ response: HTTPResponse) {
        self.init(status: response.status, headers: response.headers, body: response.body)
    }

    /// The response a pact's example describes, as it would be returned (see
    /// ``ObservedRequest/init(example:)`` for the `Content-Type` rule).
    public init(example: PactResponse) {
        self.init(
            status: example.status, headers: ObservedHeaders.from(example.headers, body: example.body), body: example.body?.data ?? Data())
    }
}

/// Builds wire headers from a pact's header map.
enum ObservedHeaders {
    static func from(_ headers: [String: [String]], body: PactBody?) -> HTTPHeaders {
        var fields = HTTPHeaders()
        for name in headers.keys.sorted() {
            for value in headers[name]! { fields.add(name: name, value: value) }
        }
        if let type = body?.contentType, !fields.contains("Content-Type") { fields.add(name: "Content-Type", value: type) }
        return fields
    }
}
