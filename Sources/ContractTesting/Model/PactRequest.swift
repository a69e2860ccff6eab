import UnderstudyCore

/// The request half of an HTTP interaction: what the consumer is expected to send.
public struct PactRequest: Sendable, Equatable {
    /// The method, for example `GET`.
    public var method: String
    /// The path, decoded, for example `/v2/contacts/42`.
    public var path: String
    /// Query parameters: each name with its values in order.
    public var query: [String: [String]]
    /// Headers: each name (as written) with its values.
    public var headers: [String: [String]]
    /// The body; `nil` means the body does not matter.
    public var body: PactBody?
    /// Matching rules for path, query, headers and body.
    public var matchingRules: MatchingRules
    /// Generators, kept as written (a map of category to generators).
    public var generators: JSONValue?

    /// Creates a request.
    public init(
        method: String = "GET", path: String = "/", query: [String: [String]] = [:], headers: [String: [String]] = [:],
        body: PactBody? = nil, matchingRules: MatchingRules = MatchingRules(), generators: JSONValue? = nil
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.matchingRules = matchingRules
        self.generators = generators
    }

    /// Reads a request object written for `specification` (for example a conformance case's
    /// `expected`); `jsonPath` names it in errors.
    public init(json: JSONValue, specification: PactSpecification, jsonPath: String = "$") throws(PactLoadError) {
        self = try PactPartReader(specification: specification).request(JSONCursor(root: json, file: nil, path: jsonPath))
    }
}

/// The response half of an HTTP interaction: what the provider is expected to return.
public struct PactResponse: Sendable, Equatable {
    /// The status code.
    public var status: Int
    /// Headers: each name (as written) with its values.
    public var headers: [String: [String]]
    /// The body; `nil` means the body does not matter.
    public var body: PactBody?
    /// Matching rules for status, headers and body.
    public var matchingRules: MatchingRules
    /// Generators, kept as written (a map of category to generators).
    public var generators: JSONValue?

    /// Creates a response.
    public init(
        status: Int = 200, headers: [String: [String]] = [:], body: PactBody? = nil,
        matchingRules: MatchingRules = MatchingRules(), generators: JSONValue? = nil
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.matchingRules = matchingRules
        self.generators = generators
    }

    /// Reads a response object written for `specification`; `jsonPath` names it in errors.
    public init(json: JSONValue, specification: PactSpecification, jsonPath: String = "$") throws(PactLoadError) {
        self = try PactPartReader(specification: specification).response(JSONCursor(root: json, file: nil, path: jsonPath))
    }
}

extension [String: [String]] {
    /// Every value of the header `name`, whatever the case of the stored name.
    func values(forHeader name: String) -> [String] {
        let wanted = name.lowercased()
        return keys.sorted().filter { $0.lowercased() == wanted }.flatMap { self[$0]! }
    }
}
