import UnderstudyCore

/// A matcher for a value that may occur several times (query parameters, headers, form
/// fields), with WireMock's semantics.
public enum MultiValuePattern: Sendable, Hashable {
    /// A plain matcher: at least one of the values must match (`absent`: there is none).
    case single(ValuePattern)
    /// `hasExactly`: as many values as matchers, and each matcher matches one of the values.
    case hasExactly([ValuePattern])
    /// `includes`: each matcher matches one of the values.
    case includes([ValuePattern])

    /// Scores the values present (empty when the parameter or header is missing).
    public func match(_ values: [String]) -> MatchScore {
        score(values, measuring: true, parse: { try? JSONValue(parsing: $0) })
    }

    /// Scores `values` as ``ValuePattern/score(_:measuring:parse:)`` scores one value.
    func score(_ values: [String], measuring: Bool, parse: (String) -> JSONValue?) -> MatchScore {
        switch self {
        case .single(let pattern):
            if values.isEmpty { return pattern.score(nil, measuring: measuring, parse: parse) }
            return MatchScore.best(values) { pattern.score($0, measuring: measuring, parse: parse) }
        case .hasExactly(let patterns):
            guard !values.isEmpty else { return .noMatch }
            let countScore = MatchScore.of(patterns.count == values.count)
            return MatchScore.all([countScore, Self.eachFinds(patterns, values, measuring, parse)]) { $0 }
        case .includes(let patterns):
            guard !values.isEmpty else { return .noMatch }
            return Self.eachFinds(patterns, values, measuring, parse)
        }
    }

    private static func eachFinds(
        _ patterns: [ValuePattern], _ values: [String], _ measuring: Bool, _ parse: (String) -> JSONValue?
    ) -> MatchScore {
        MatchScore.all(patterns) { pattern in MatchScore.best(values) { pattern.score($0, measuring: measuring, parse: parse) } }
    }

    /// Whether this is a plain `absent` matcher.
    var isAbsent: Bool { self == .single(.absent) }
}
