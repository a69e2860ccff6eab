/// Reads a `matchingRules` object: V3/V4 by category, or V2 flat keys such as `$.body.name`.
enum MatchingRulesReader {
    /// The rules at `cursor`, or none when it is absent.
    static func read(_ cursor: JSONCursor?) throws(PactLoadError) -> MatchingRules {
        guard let cursor else { return MatchingRules() }
        let members = try cursor.members()
        if members.contains(where: { $0.key.hasPrefix("$") }) { return try readFlat(members) }
        var rules = MatchingRules()
        for (category, child) in members {
            switch category {
            case "path": rules.path = try singleGroup(child)
            case "status": rules.status = try singleGroup(child)
            case "query": rules.query = try keyedGroups(child)
            case "header", "headers": rules.header = try keyedGroups(child)
            case "body": rules.body = try MatcherReader.bodyRules(child)
            default: continue  // other categories (metadata, content, method) do not apply to HTTP matching
            }
        }
        return rules
    }

    /// A category holding one group; writers also use `{"$": group}` or `{"": group}`.
    private static func singleGroup(_ cursor: JSONCursor) throws(PactLoadError) -> RuleGroup {
        if cursor.has("matchers") || cursor.has("match") { return try MatcherReader.group(cursor) }
        if let nested = cursor.member("$") ?? cursor.member("") { return try MatcherReader.group(nested) }
        throw cursor.failure("expected a rule group with 'matchers'")
    }

    /// A category keyed by name; keys written as paths (`$.X` or `$['X']`) are reduced to the name.
    private static func keyedGroups(_ cursor: JSONCursor) throws(PactLoadError) -> [String: RuleGroup] {
        var groups: [String: RuleGroup] = [:]
        for (key, child) in try cursor.members() {
            var name = key
            if key.hasPrefix("$") {
                let path = try MatcherReader.rulePath(key, at: child)
                guard path.tokens.count == 2, case .field(let field) = path.tokens[1] else {
                    throw child.failure("expected a name or '$.name', found '\(key)'")
                }
                name = field
            }
            groups[name] = try MatcherReader.group(child)
        }
        return groups
    }

    /// V2: one map whose keys are paths into the whole request or response.
    private static func readFlat(_ members: [(key: String, cursor: JSONCursor)]) throws(PactLoadError) -> MatchingRules {
        var rules = MatchingRules()
        for (key, child) in members {
            let path = try MatcherReader.rulePath(key, at: child)
            let group = try MatcherReader.group(child)
            guard path.tokens.count >= 2, case .field(let category) = path.tokens[1] else {
                throw child.failure("V2 rule key must start with $.body, $.headers, $.query or $.path")
            }
            let rest = Array(path.tokens.dropFirst(2))
            switch category {
            case "body":
                rules.body[RulePath(tokens: [.root] + rest)] = group
            case "header", "headers", "query":
                guard rest.count == 1, case .field(let name) = rest[0] else {
                    throw child.failure("expected '$.\(category).<name>', found '\(key)'")
                }
                if category == "query" { rules.query[name] = group } else { rules.header[name] = group }
            case "path":
                rules.path = group
            case "status":
                rules.status = group
            default:
                throw child.failure("unknown rule category '\(category)'")
            }
        }
        return rules
    }
}
