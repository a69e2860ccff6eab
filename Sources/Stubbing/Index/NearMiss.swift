/// A mapping and how close a request came to it.
public struct NearMiss: Sendable {
    /// The mapping.
    public let mapping: StubMapping
    /// The match result, with every mismatch described.
    public let match: RequestMatch

    /// Creates a near miss.
    public init(mapping: StubMapping, match: RequestMatch) {
        self.mapping = mapping
        self.match = match
    }
}
