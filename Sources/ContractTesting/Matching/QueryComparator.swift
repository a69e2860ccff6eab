import UnderstudyCore

/// Compares query parameters: every expected parameter must be present with the same values in
/// the same order (or satisfy its rule), and no unexpected parameter may appear.
enum QueryComparator {
    /// The query mismatches.
    static func compare(expected: [String: [String]], actual: [String: [String]], rules: MatchingRules) -> [PactMismatch] {
        var mismatches: [PactMismatch] = []
        for name in expected.keys.sorted() {
            let wanted = expected[name]!
            guard let received = actual[name] else {
                mismatches.append(
                    PactMismatch(
                        category: .query, path: name, expected: wanted.joined(separator: ", "),
                        reason: "Expected query parameter '\(name)' but it was missing"))
                continue
            }
            if let group = rules.query[name] {
                for (index, value) in received.enumerated() {
                    let example = wanted.indices.contains(index) ? wanted[index] : wanted.first
                    mismatches += MatcherEvaluator.evaluate(
                        group, expected: example.map(JSONValue.string), actual: .string(value), textual: true, cascaded: false
                    )
                    .map {
                        PactMismatch(
                            category: .query, path: name, expected: example, actual: value, reason: "Query parameter '\(name)': \($0)")
                    }
                }
                mismatches += countFailures(group, name: name, count: received.count)
            } else if wanted != received {
                mismatches.append(
                    PactMismatch(
                        category: .query, path: name, expected: wanted.joined(separator: ", "), actual: received.joined(separator: ", "),
                        reason: "Expected query parameter '\(name)' to be \(wanted) but received \(received)"))
            }
        }
        for name in actual.keys.sorted() where expected[name] == nil {
            mismatches.append(
                PactMismatch(
                    category: .query, path: name, actual: actual[name]!.joined(separator: ", "),
                    reason: "Unexpected query parameter '\(name)'"))
        }
        return mismatches
    }

    /// `min` / `max` of a type rule bound how many times the parameter may appear.
    private static func countFailures(_ group: RuleGroup, name: String, count: Int) -> [PactMismatch] {
        group.matchers.compactMap { matcher in
            guard case .type(let min, let max) = matcher else { return nil }
            if let min, count < min {
                return PactMismatch(
                    category: .query, path: name,
                    reason: "Expected query parameter '\(name)' at least \(min) time(s) but received it \(count)")
            }
            if let max, count > max {
                return PactMismatch(
                    category: .query, path: name,
                    reason: "Expected query parameter '\(name)' at most \(max) time(s) but received it \(count)")
            }
            return nil
        }
    }
}
