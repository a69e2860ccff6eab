import UnderstudyCore
/// One HTTP request a connector sends, relative to its client's base URL.
public struct ConnectorRequest: Sendable {
    /// The method.
    public var method: ConnectorMethod
    /// The path after the base URL (`/api/v1/users/5`; the base URL's own path is kept), or an
    /// absolute `http(s)://` URL for another host such as an OAuth server. Used as given: escape
    /// values placed in it with ``pathSegment(_:)``.
    public var path: String
    /// Query parameters, percent-encoded when sent.
    public var query: [(name: String, value: String)]
    /// Header fields, added after the client's own and replacing those of the same name.
    public var headers: ConnectorHeaders
    /// The body; its content type is sent unless ``headers`` sets `Content-Type`.
    public var body: ConnectorRequestBody?
    /// Credentials for this request instead of the client's.
    public var authentication: ConnectorAuthentication?
    /// How long to wait for the vendor, instead of the client's timeout.
    public var timeout: Duration?
    /// Whether this request obtains credentials (a token request, an MFA step): it may be retried
    /// and it is sent even in a dry run.
    public var isTokenRequest: Bool
    /// Whether the caller declares this `POST` or `PATCH` safe to send again.
    public var isMarkedRetrySafe: Bool
    /// More values to keep out of every message, beyond those found by name.
    public var secrets: [String]

    /// Creates a request.
    public init(
        _ method: ConnectorMethod,
        _ path: String,
        query: [(name: String, value: String)] = [],
        headers: ConnectorHeaders = [:],
        body: ConnectorRequestBody? = nil,
        authentication: ConnectorAuthentication? = nil,
        timeout: Duration? = nil,
        isTokenRequest: Bool = false,
        isMarkedRetrySafe: Bool = false,
        secrets: [String] = []
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.authentication = authentication
        self.timeout = timeout
        self.isTokenRequest = isTokenRequest
        self.isMarkedRetrySafe = isMarkedRetrySafe
        self.secrets = secrets
    }

    /// Whether the request may be sent again after a 429 or 503: idempotent methods, token
    /// requests and requests marked safe.
    public var isRetrySafe: Bool {
        method.isIdempotent || isTokenRequest || isMarkedRetrySafe
    }

    /// A `GET` request.
    public static func get(_ path: String, query: [(name: String, value: String)] = []) -> ConnectorRequest {
        ConnectorRequest(.get, path, query: query)
    }

    /// A `POST` request.
    public static func post(_ path: String, body: ConnectorRequestBody? = nil) -> ConnectorRequest {
        ConnectorRequest(.post, path, body: body)
    }

    /// A `PUT` request.
    public static func put(_ path: String, body: ConnectorRequestBody? = nil) -> ConnectorRequest {
        ConnectorRequest(.put, path, body: body)
    }

    /// A `PATCH` request.
    public static func patch(_ path: String, body: ConnectorRequestBody? = nil) -> ConnectorRequest {
        ConnectorRequest(.patch, path, body: body)
    }

    /// A `DELETE` request.
    public static func delete(_ path: String, body: ConnectorRequestBody? = nil) -> ConnectorRequest {
        ConnectorRequest(.delete, path, body: body)
    }

    /// A token request: `POST` without the client's credentials unless others are given,
    /// retried like an idempotent request and sent even in a dry run.
    public static func token(_ path: String, body: ConnectorRequestBody, authentication: ConnectorAuthentication = .none)
        -> ConnectorRequest
    {
        ConnectorRequest(.post, path, body: body, authentication: authentication, isTokenRequest: true)
    }

    /// `text` escaped for use as one path segment (`a b/c` becomes `a%20b%2Fc`).
    public static func pathSegment(_ text: String) -> String {
        PercentEncoding.component(text)
    }
}
