import UnderstudyCore

/// Reads matchers and rule groups from their V2–V4 JSON forms.
enum MatcherReader {
    /// A rule group: `{"matchers": [...], "combine": "AND"}`, or a bare V2 matcher object.
    static func group(_ cursor: JSONCursor) throws(PactLoadError) -> RuleGroup {
        guard let list = cursor.member("matchers") else { return RuleGroup([try matcher(cursor)]) }
        var matchers: [Matcher] = []
        for item in try list.items() { matchers.append(try matcher(item)) }
        var combine = RuleGroup.Combine.and
        if let written = try cursor.optionalString("combine") {
            guard let parsed = RuleGroup.Combine(rawValue: written.uppercased()) else {
                throw cursor.member("combine")!.failure("combine must be AND or OR, found '\(written)'")
            }
            combine = parsed
        }
        return RuleGroup(matchers, combine: combine)
    }

    /// Body rules keyed by path expression.
    static func bodyRules(_ cursor: JSONCursor) throws(PactLoadError) -> [RulePath: RuleGroup] {
        var rules: [RulePath: RuleGroup] = [:]
        for (key, child) in try cursor.members() {
            rules[try rulePath(key, at: child)] = try group(child)
        }
        return rules
    }

    /// Parses a rule path, reporting errors at `cursor`.
    static func rulePath(_ expression: String, at cursor: JSONCursor) throws(PactLoadError) -> RulePath {
        do {
            return try RulePath(expression)
        } catch {
            throw cursor.failure(error.description)
        }
    }

    /// One matcher object.
    static func matcher(_ cursor: JSONCursor) throws(PactLoadError) -> Matcher {
        guard case .object = cursor.value else { throw cursor.failure("expected a matcher object, found \(cursor.value.typeName)") }
        guard let name = try cursor.optionalString("match") else { return try legacyMatcher(cursor) }
        switch name {
        case "equality": return .equality
        case "regex": return .regex(try cursor.requiredString("regex"))
        case "type": return .type(min: try cursor.optionalInteger("min"), max: try cursor.optionalInteger("max"))
        case "min", "max": return .type(min: try cursor.optionalInteger("min"), max: try cursor.optionalInteger("max"))
        case "include": return .include(try cursor.requiredString("value"))
        case "integer": return .integer
        case "decimal": return .decimal
        case "number": return .number
        case "boolean": return .boolean
        case "null": return .null
        case "notEmpty": return .notEmpty
        case "semver": return .semver
        case "values": return .values
        case "date": return .date(format: try format(cursor, alias: "date"))
        case "time": return .time(format: try format(cursor, alias: "time"))
        case "timestamp", "datetime": return .timestamp(format: try format(cursor, alias: name))
        case "contentType": return .contentType(try cursor.requiredString("value"))
        case "arrayContains": return .arrayContains(try variants(cursor))
        case "eachKey": return .eachKey(rules: try nestedRules(cursor), example: cursor.member("value")?.value)
        case "eachValue": return .eachValue(rules: try nestedRules(cursor), example: cursor.member("value")?.value)
        case "statusCode": return .statusCode(try statusExpectation(cursor))
        default: throw cursor.failure("unknown matcher '\(name)'")
        }
    }

    /// V2 and early V3 forms without `match`: `{"regex": …}`, `{"min": 1}`, `{"date": "yyyy-MM-dd"}`.
    private static func legacyMatcher(_ cursor: JSONCursor) throws(PactLoadError) -> Matcher {
        if let regex = try cursor.optionalString("regex") { return .regex(regex) }
        if cursor.has("min") || cursor.has("max") {
            return .type(min: try cursor.optionalInteger("min"), max: try cursor.optionalInteger("max"))
        }
        if let format = try cursor.optionalString("date") { return .date(format: format) }
        if let format = try cursor.optionalString("time") { return .time(format: format) }
        if let format = try cursor.optionalString("timestamp") { return .timestamp(format: format) }
        throw cursor.failure("matcher has no 'match' attribute")
    }

    private static func format(_ cursor: JSONCursor, alias: String) throws(PactLoadError) -> String? {
        if let format = try cursor.optionalString("format") { return format }
        return try cursor.optionalString(alias)
    }

    private static func nestedRules(_ cursor: JSONCursor) throws(PactLoadError) -> [Matcher] {
        guard let rules = cursor.member("rules") else { throw cursor.failure("missing required 'rules'") }
        var matchers: [Matcher] = []
        for item in try rules.items() { matchers.append(try matcher(item)) }
        return matchers
    }

    private static func variants(_ cursor: JSONCursor) throws(PactLoadError) -> [ArrayContainsVariant] {
        guard let list = cursor.member("variants") else { throw cursor.failure("missing required 'variants'") }
        var variants: [ArrayContainsVariant] = []
        for item in try list.items() {
            let index = try item.member("index")?.integer() ?? variants.count
            var rules: [RulePath: RuleGroup] = [:]
            if let written = item.member("rules") { rules = try bodyRules(written) }
            variants.append(ArrayContainsVariant(index: index, rules: rules, generators: item.member("generators")?.value))
        }
        return variants
    }

    private static func statusExpectation(_ cursor: JSONCursor) throws(PactLoadError) -> StatusCodeExpectation {
        guard let status = cursor.member("status") else { throw cursor.failure("missing required 'status'") }
        if case .array = status.value {
            var codes: [Int] = []
            for item in try status.items() { codes.append(try item.integer()) }
            return .codes(codes)
        }
        let name = try status.string()
        guard let expectation = StatusCodeExpectation(name: name) else {
            throw status.failure("unknown status class '\(name)'")
        }
        return expectation
    }
}
