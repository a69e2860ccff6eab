import UnderstudyCore

/// Writes matching rules in the V4 form, by category.
enum MatchingRulesWriter {
    /// The `matchingRules` object, or `nil` when there are no rules.
    static func json(_ rules: MatchingRules) -> JSONValue? {
        guard !rules.isEmpty else { return nil }
        var object: [String: JSONValue] = [:]
        if let path = rules.path { object["path"] = MatcherWriter.json(path) }
        if let status = rules.status { object["status"] = MatcherWriter.json(status) }
        if !rules.query.isEmpty { object["query"] = keyed(rules.query) }
        if !rules.header.isEmpty { object["header"] = keyed(rules.header) }
        if !rules.body.isEmpty { object["body"] = MatcherWriter.json(rules.body) }
        return .object(object)
    }

    private static func keyed(_ groups: [String: RuleGroup]) -> JSONValue {
        .object(groups.mapValues(MatcherWriter.json))
    }
}
