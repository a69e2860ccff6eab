import MicroHTTP
import UnderstudyCore

/// Matches actual requests and responses against a pact's expectations. Pure: values in,
/// mismatches out; an empty list means they match.
///
/// Requests are matched strictly (unexpected query parameters and JSON keys are mismatches; extra
/// headers are fine); responses leniently (extra keys, XML attributes and children are fine).
public enum PactMatcher {
    /// The ways `actual` differs from the expected request.
    public static func matchRequest(expected: PactRequest, actual: ObservedRequest) -> [PactMismatch] {
        var mismatches: [PactMismatch] = []
        if expected.method.uppercased() != actual.method.uppercased() {
            mismatches.append(
                PactMismatch(
                    category: .method, expected: expected.method, actual: actual.method,
                    reason: "Expected method \(expected.method.uppercased()) but received \(actual.method.uppercased())"))
        }
        mismatches += pathMismatches(expected, actual)
        mismatches += QueryComparator.compare(expected: expected.query, actual: actual.query, rules: expected.matchingRules)
        mismatches += HeaderComparator.compare(expected: expected.headers, actual: actual.headers, rules: expected.matchingRules)
        mismatches += BodyComparator(context: BodyMatchContext(rules: BodyRules(expected.matchingRules.body), allowUnexpectedKeys: false))
            .compare(
                expected: expected.body, expectedType: expected.headers.values(forHeader: "Content-Type").first,
                actual: actual.body, actualType: actual.headers["Content-Type"])
        return mismatches
    }

    /// The ways a received request differs from the expected one.
    public static func matchRequest(expected: PactRequest, actual: HTTPRequest) -> [PactMismatch] {
        matchRequest(expected: expected, actual: ObservedRequest(actual))
    }

    /// The ways `actual` differs from the expected response.
    public static func matchResponse(expected: PactResponse, actual: ObservedResponse) -> [PactMismatch] {
        var mismatches: [PactMismatch] = []
        if let group = expected.matchingRules.status {
            mismatches += MatcherEvaluator.evaluate(
                group, expected: .integer(Int64(expected.status)), actual: .integer(Int64(actual.status)), textual: false, cascaded: false
            )
            .map { PactMismatch(category: .status, expected: String(expected.status), actual: String(actual.status), reason: $0) }
        } else if expected.status != actual.status {
            mismatches.append(
                PactMismatch(
                    category: .status, expected: String(expected.status), actual: String(actual.status),
                    reason: "Expected status \(expected.status) but received \(actual.status)"))
        }
        mismatches += HeaderComparator.compare(expected: expected.headers, actual: actual.headers, rules: expected.matchingRules)
        mismatches += BodyComparator(context: BodyMatchContext(rules: BodyRules(expected.matchingRules.body), allowUnexpectedKeys: true))
            .compare(
                expected: expected.body, expectedType: expected.headers.values(forHeader: "Content-Type").first,
                actual: actual.body, actualType: actual.headers["Content-Type"])
        return mismatches
    }

    /// The ways a returned response differs from the expected one.
    public static func matchResponse(expected: PactResponse, actual: HTTPResponse) -> [PactMismatch] {
        matchResponse(expected: expected, actual: ObservedResponse(actual))
    }

    private static func pathMismatches(_ expected: PactRequest, _ actual: ObservedRequest) -> [PactMismatch] {
        if let group = expected.matchingRules.path {
            return MatcherEvaluator.evaluate(
                group, expected: .string(expected.path), actual: .string(actual.path), textual: true, cascaded: false
            )
            .map { PactMismatch(category: .path, expected: expected.path, actual: actual.path, reason: "Path: \($0)") }
        }
        guard expected.path != actual.path else { return [] }
        return [
            PactMismatch(
                category: .path, expected: expected.path, actual: actual.path,
                reason: "Expected path '\(expected.path)' but received '\(actual.path)'")
        ]
    }
}
