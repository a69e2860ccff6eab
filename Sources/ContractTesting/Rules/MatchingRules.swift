/// The matching rules of a request or response, by category.
///
/// `path` and `status` hold a single group; `query` and `header` are keyed by parameter or header
/// name (header names compare case-insensitively); `body` is keyed by path expression.
public struct MatchingRules: Sendable, Equatable {
    /// Rules for the request path.
    public var path: RuleGroup?
    /// Rules for the response status.
    public var status: RuleGroup?
    /// Rules for query parameters, by name.
    public var query: [String: RuleGroup]
    /// Rules for headers, by name.
    public var header: [String: RuleGroup]
    /// Rules for the body, by path expression.
    public var body: [RulePath: RuleGroup]

    /// Creates rules; everything defaults to none.
    public init(
        path: RuleGroup? = nil, status: RuleGroup? = nil, query: [String: RuleGroup] = [:],
        header: [String: RuleGroup] = [:], body: [RulePath: RuleGroup] = [:]
    ) {
        self.path = path
        self.status = status
        self.query = query
        self.header = header
        self.body = body
    }

    /// Whether no rule is defined.
    public var isEmpty: Bool {
        path == nil && status == nil && query.isEmpty && header.isEmpty && body.isEmpty
    }

    /// The rules for the header `name`, whatever its case.
    func header(named name: String) -> RuleGroup? {
        if let exact = header[name] { return exact }
        return header.first { $0.key.lowercased() == name.lowercased() }?.value
    }
}
