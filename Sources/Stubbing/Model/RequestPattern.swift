import UnderstudyCore

/// The request side of a stub mapping (WireMock's `request`): what a request must look like
/// for the stub to answer it.
public struct RequestPattern: Sendable {
    /// The method the request must have; `ANY` accepts every method.
    public let method: String
    /// The URL condition.
    public let url: URLMatcher
    /// Matchers for the variables of a `urlPathTemplate`, by variable name.
    public let pathParameters: [String: ValuePattern]
    /// Matchers for query parameters (decoded), by name.
    public let queryParameters: [String: MultiValuePattern]
    /// Matchers for headers, by name (names compare case-insensitively).
    public let headers: [String: MultiValuePattern]
    /// Matchers for cookies, by name.
    public let cookies: [String: ValuePattern]
    /// Matchers for the fields of a form-encoded body, by name.
    public let formParameters: [String: MultiValuePattern]
    /// Matchers the body must all satisfy.
    public let bodyPatterns: [ValuePattern]
    /// Credentials the `Authorization: Basic` header must carry.
    public let basicAuthCredentials: BasicAuthCredentials?

    /// The keyed matchers in name order, so matching and reports are deterministic.
    let sortedPathParameters: [(name: String, pattern: ValuePattern)]
    let sortedQueryParameters: [(name: String, pattern: MultiValuePattern)]
    let sortedHeaders: [(name: String, pattern: MultiValuePattern)]
    let sortedCookies: [(name: String, pattern: ValuePattern)]
    let sortedFormParameters: [(name: String, pattern: MultiValuePattern)]

    /// The method that accepts every method.
    public static let anyMethod = "ANY"

    /// Creates a pattern; every argument but the URL defaults to "no condition".
    public init(
        method: String = RequestPattern.anyMethod, url: URLMatcher = .any, pathParameters: [String: ValuePattern] = [:],
        queryParameters: [String: MultiValuePattern] = [:], headers: [String: MultiValuePattern] = [:],
        cookies: [String: ValuePattern] = [:], formParameters: [String: MultiValuePattern] = [:],
        bodyPatterns: [ValuePattern] = [], basicAuthCredentials: BasicAuthCredentials? = nil
    ) {
        self.method = method
        self.url = url
        self.pathParameters = pathParameters
        self.queryParameters = queryParameters
        self.headers = headers
        self.cookies = cookies
        self.formParameters = formParameters
        self.bodyPatterns = bodyPatterns
        self.basicAuthCredentials = basicAuthCredentials
        sortedPathParameters = pathParameters.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        sortedQueryParameters = queryParameters.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        sortedHeaders = headers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        sortedCookies = cookies.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        sortedFormParameters = formParameters.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Reads and validates WireMock's `request` object.
    /// - Throws: the first problem found; ``MappingFile`` reports all of them.
    public init(json: JSONValue) throws(StubValidationError) {
        var log = ValidationLog(file: nil)
        guard let pattern = Self.read(json, at: .root, log: &log), log.isClean else { throw log.errors[0] }
        self = pattern
    }
}
