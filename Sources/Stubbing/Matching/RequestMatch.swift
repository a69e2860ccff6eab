/// How well a request fits a ``RequestPattern``.
public struct RequestMatch: Sendable, Hashable {
    /// Whether every part of the request matches.
    public var isExactMatch: Bool
    /// How far the request is from the pattern, from 0 (exact) to 1, weighted as WireMock weighs
    /// request parts: the URL counts most, then the method, then each other part once.
    public var distance: Double
    /// The decoded values of the `urlPathTemplate` variables (empty for other URL kinds or when
    /// the template does not fit).
    public var pathParameters: [String: String]
    /// What does not match, part by part (empty for an exact match).
    public var mismatches: [Mismatch]

    /// Creates a result.
    public init(isExactMatch: Bool, distance: Double, pathParameters: [String: String] = [:], mismatches: [Mismatch] = []) {
        self.isExactMatch = isExactMatch
        self.distance = distance
        self.pathParameters = pathParameters
        self.mismatches = mismatches
    }
}

/// One part of a request that does not satisfy a stub.
public struct Mismatch: Sendable, Hashable, CustomStringConvertible {
    /// Which part: `method`, `url`, `query "expand"`, `header "Accept"`, ...
    public var part: RequestPart
    /// What the stub expects, in words: `equalTo "owner"`.
    public var expected: String
    /// What the request has: a quoted value, several, or `(absent)`. Credentials are masked.
    public var actual: String
    /// Why they do not match: `not equal`, `missing`, `$.email is missing`, ...
    public var reason: String

    /// Creates a mismatch.
    public init(part: RequestPart, expected: String, actual: String, reason: String) {
        self.part = part
        self.expected = expected
        self.actual = actual
        self.reason = reason
    }

    /// `query "expand": expected equalTo "owner", found "owners" (not equal)`.
    public var description: String { "\(part): expected \(expected), found \(actual) (\(reason))" }
}

/// A part of a request that a stub can constrain.
public enum RequestPart: Sendable, Hashable, CustomStringConvertible {
    /// The HTTP method.
    case method
    /// The path and query.
    case url
    /// A variable of a `urlPathTemplate`.
    case pathParameter(String)
    /// A query parameter.
    case query(String)
    /// A header.
    case header(String)
    /// A cookie.
    case cookie(String)
    /// A field of a form-encoded body.
    case form(String)
    /// The body.
    case body
    /// The `Authorization: Basic` credentials.
    case basicAuth
    /// The state of a scenario the stub requires.
    case scenario(String)

    /// `method`, `url`, `path parameter "id"`, `query "expand"`, `header "Accept"`,
    /// `cookie "session"`, `form "x"`, `body`, `basic auth`, `scenario "token-expiry"`.
    public var description: String {
        switch self {
        case .method: return "method"
        case .url: return "url"
        case .pathParameter(let name): return "path parameter \(name.quotedForReport)"
        case .query(let name): return "query \(name.quotedForReport)"
        case .header(let name): return "header \(name.quotedForReport)"
        case .cookie(let name): return "cookie \(name.quotedForReport)"
        case .form(let name): return "form \(name.quotedForReport)"
        case .body: return "body"
        case .basicAuth: return "basic auth"
        case .scenario(let name): return "scenario \(name.quotedForReport)"
        }
    }
}
