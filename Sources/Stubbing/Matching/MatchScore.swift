/// How well one value fits one matcher: an exact match or not, and a distance from 0 (exact)
/// to 1 (nothing alike) used to rank near misses, as WireMock's `MatchResult` does.
public struct MatchScore: Sendable, Hashable {
    /// Whether the value satisfies the matcher.
    public var isExactMatch: Bool
    /// How far the value is from satisfying it, from 0 to 1.
    public var distance: Double

    /// Creates a score.
    public init(isExactMatch: Bool, distance: Double) {
        self.isExactMatch = isExactMatch
        self.distance = distance
    }

    /// A match.
    public static let exact = MatchScore(isExactMatch: true, distance: 0)
    /// No match at all.
    public static let noMatch = MatchScore(isExactMatch: false, distance: 1)

    /// ``exact`` when `matched`, else ``noMatch``.
    static func of(_ matched: Bool) -> MatchScore { matched ? .exact : .noMatch }

    /// The same score turned around (WireMock's `not` and `doesNotMatch`).
    var inverted: MatchScore { MatchScore(isExactMatch: !isExactMatch, distance: 1 - distance) }

    /// Scores every item; all must match, and the distance is their mean (WireMock's
    /// `MatchResult.aggregate`). ``exact`` when there are no items.
    static func all<Items: Sequence>(_ items: Items, _ score: (Items.Element) -> MatchScore) -> MatchScore {
        var total = 0.0, count = 0, exact = true
        for item in items {
            let result = score(item)
            total += result.distance
            count += 1
            exact = exact && result.isExactMatch
        }
        return count == 0 ? .exact : MatchScore(isExactMatch: exact, distance: total / Double(count))
    }

    /// Scores items until one matches and returns the best score (a match, else the lowest
    /// distance); ``noMatch`` when there are no items.
    static func best<Items: Sequence>(_ items: Items, _ score: (Items.Element) -> MatchScore) -> MatchScore {
        var best = MatchScore.noMatch
        for item in items {
            let result = score(item)
            if result.isExactMatch { return result }
            if result.distance < best.distance { best = result }
        }
        return best
    }
}
