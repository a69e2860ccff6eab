/// Why a JSONPath expression could not be parsed.
public struct JSONPathError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The expression that failed.
    public var expression: String
    /// The 0-based character offset of the problem in ``expression``.
    public var position: Int
    /// What is wrong.
    public var reason: String

    /// Creates an error.
    public init(expression: String, position: Int, reason: String) {
        self.expression = expression
        self.position = position
        self.reason = reason
    }

    /// `invalid JSONPath "EXPR" at position N: REASON`.
    public var description: String {
        "invalid JSONPath \"\(expression)\" at position \(position): \(reason)"
    }
}
