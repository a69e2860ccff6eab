import Foundation
import UnderstudyCore

/// A WireMock value matcher ("content pattern"), applied to one text value: a header, query or
/// form value, a cookie, a path parameter or the body. A missing value is `nil`.
public indirect enum ValuePattern: Sendable, Hashable {
    /// `equalTo` (+ `caseInsensitive`): the value is exactly this text.
    case equalTo(String, caseInsensitive: Bool)
    /// `contains`: the value contains this text.
    case contains(String)
    /// `doesNotContain`: the value is missing or does not contain this text.
    case doesNotContain(String)
    /// `matches`: the whole value matches this regular expression.
    case matches(RegexPattern)
    /// `doesNotMatch`: the value is missing or does not match this regular expression.
    case doesNotMatch(RegexPattern)
    /// `absent`: the value is missing.
    case absent
    /// `equalToJson` (+ `ignoreArrayOrder`, `ignoreExtraElements`): the value is JSON equal to this.
    case equalToJson(JSONValue, ignoreArrayOrder: Bool, ignoreExtraElements: Bool)
    /// `matchesJsonPath`: the value is JSON in which the path finds something; with a
    /// sub-matcher, something the sub-matcher accepts.
    case matchesJsonPath(JSONPath, ValuePattern?)
    /// `and`: every matcher accepts the value.
    case and([ValuePattern])
    /// `or`: at least one matcher accepts the value.
    case or([ValuePattern])
    /// `not`: the matcher rejects the value.
    case not(ValuePattern)

    /// Scores `value` (`nil` when the value is missing).
    public func match(_ value: String?) -> MatchScore {
        score(value, measuring: true, parse: { try? JSONValue(parsing: $0) })
    }

    /// Scores `value`, parsing JSON through `parse` so that a caller can parse a body once for
    /// all of its matchers. Without `measuring`, a mismatch may report distance 1 instead of
    /// computing how close it came (the search for a stub only needs to know whether it matches).
    func score(_ value: String?, measuring: Bool, parse: (String) -> JSONValue?) -> MatchScore {
        switch self {
        case .equalTo(let expected, let caseInsensitive):
            guard let value else { return .noMatch }
            let equal = caseInsensitive ? value.caseInsensitiveCompare(expected) == .orderedSame : value == expected
            if equal { return .exact }
            return measuring ? MatchScore(isExactMatch: false, distance: EditDistance.normalized(expected, value)) : .noMatch
        case .contains(let part):
            return .of(value?.contains(part) ?? false)
        case .doesNotContain(let part):
            return .of(!(value?.contains(part) ?? false))
        case .matches(let regex):
            return .of(value.map(regex.matches) ?? false)
        case .doesNotMatch(let regex):
            return .of(!(value.map(regex.matches) ?? false))
        case .absent:
            return .of(value == nil)
        case .equalToJson(let expected, let ignoreArrayOrder, let ignoreExtraElements):
            guard let value, let actual = parse(value) else { return .noMatch }
            let comparison = JSONComparison(ignoreArrayOrder: ignoreArrayOrder, ignoreExtraElements: ignoreExtraElements)
            let distance = comparison.distance(expected: expected, actual: actual)
            return MatchScore(isExactMatch: distance == 0, distance: distance)
        case .matchesJsonPath(let path, let subPattern):
            guard let value, let document = parse(value) else { return .noMatch }
            let found = path.read(document)
            guard let subPattern else { return .of(Self.isPresent(found)) }
            let candidates = Self.texts(of: found, forJSONComparison: subPattern.comparesJSON)
            if candidates.isEmpty { return subPattern.score(nil, measuring: measuring, parse: parse) }
            return MatchScore.best(candidates) { subPattern.score($0, measuring: measuring, parse: parse) }
        case .and(let patterns):
            return MatchScore.all(patterns) { $0.score(value, measuring: measuring, parse: parse) }
        case .or(let patterns):
            return MatchScore.best(patterns) { $0.score(value, measuring: measuring, parse: parse) }
        case .not(let pattern):
            return pattern.score(value, measuring: measuring, parse: parse).inverted
        }
    }

    /// Whether a JSONPath result counts as found for WireMock: not missing, not `null`, and not
    /// an empty array or object.
    static func isPresent(_ found: JSONValue?) -> Bool {
        switch found {
        case nil, .null?: return false
        case .array(let items)?: return !items.isEmpty
        case .object(let members)?: return !members.isEmpty
        default: return true
        }
    }

    /// The texts a sub-matcher of `matchesJsonPath` sees, as WireMock hands them over: an object
    /// (or anything, for `equalToJson`) as compact JSON, each element of an array, a scalar as
    /// its text; nothing for a missing value or `null`.
    static func texts(of found: JSONValue?, forJSONComparison: Bool) -> [String] {
        guard let found, found != .null || forJSONComparison else { return [] }
        if forJSONComparison { return [found.serialized()] }
        if case .array(let items) = found { return items.map(\.plainText) }
        return [found.plainText]
    }

    /// Whether this matcher compares JSON documents (sub-matchers then get JSON text).
    var comparesJSON: Bool {
        if case .equalToJson = self { return true }
        return false
    }
}
