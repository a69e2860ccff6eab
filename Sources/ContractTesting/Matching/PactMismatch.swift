/// One way an actual request or response differs from what the pact expects.
public struct PactMismatch: Sendable, Equatable, CustomStringConvertible {
    /// The part of the message that differs.
    public enum Category: String, Sendable, CaseIterable {
        /// The request method.
        case method
        /// The request path.
        case path
        /// A query parameter.
        case query
        /// A header.
        case header
        /// The body.
        case body
        /// The response status.
        case status
    }

    /// The part of the message that differs.
    public var category: Category
    /// Where: a body location such as `$.a[0].b`, a header or query parameter name, or empty for
    /// the method, path and status.
    public var path: String
    /// The expected value, as text, when there is one.
    public var expected: String?
    /// The actual value, as text, when there is one.
    public var actual: String?
    /// Why they differ, as a sentence.
    public var reason: String

    /// Creates a mismatch.
    public init(category: Category, path: String = "", expected: String? = nil, actual: String? = nil, reason: String) {
        self.category = category
        self.path = path
        self.expected = expected
        self.actual = actual
        self.reason = reason
    }

    /// For example `body $.alligator.name: Expected 'Mary' but received 'Fred'`.
    public var description: String {
        path.isEmpty ? "\(category.rawValue): \(reason)" : "\(category.rawValue) \(path): \(reason)"
    }
}
