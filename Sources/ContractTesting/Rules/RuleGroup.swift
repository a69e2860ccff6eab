/// The matchers defined for one path, combined with AND (all must pass) or OR (one must pass).
public struct RuleGroup: Sendable, Equatable {
    /// How the results of the matchers combine.
    public enum Combine: String, Sendable {
        /// Every matcher must pass.
        case and = "AND"
        /// At least one matcher must pass.
        case or = "OR"
    }

    /// The matchers, in file order.
    public var matchers: [Matcher]
    /// How their results combine.
    public var combine: Combine

    /// Creates a group.
    public init(_ matchers: [Matcher], combine: Combine = .and) {
        self.matchers = matchers
        self.combine = combine
    }

    /// Whether any matcher compares collections by example (see ``Matcher``).
    var comparesCollectionsByExample: Bool {
        matchers.contains { $0.comparesCollectionsByExample }
    }
}
