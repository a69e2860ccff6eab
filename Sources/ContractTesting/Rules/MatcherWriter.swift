import UnderstudyCore

/// Writes matchers and rule groups in their V4 JSON form.
enum MatcherWriter {
    /// `{"combine": "AND", "matchers": [...]}`.
    static func json(_ group: RuleGroup) -> JSONValue {
        .object(["combine": .string(group.combine.rawValue), "matchers": .array(group.matchers.map(json))])
    }

    /// Body rules keyed by path expression.
    static func json(_ rules: [RulePath: RuleGroup]) -> JSONValue {
        .object(Dictionary(uniqueKeysWithValues: rules.map { ($0.key.expression, json($0.value)) }))
    }

    /// One matcher object.
    static func json(_ matcher: Matcher) -> JSONValue {
        var object: [String: JSONValue] = ["match": .string(matcher.name)]
        switch matcher {
        case .regex(let regex): object["regex"] = .string(regex)
        case .type(let min, let max):
            if let min { object["min"] = .integer(Int64(min)) }
            if let max { object["max"] = .integer(Int64(max)) }
        case .include(let value), .contentType(let value): object["value"] = .string(value)
        case .date(let format), .time(let format), .timestamp(let format):
            if let format { object["format"] = .string(format) }
        case .arrayContains(let variants): object["variants"] = .array(variants.map(json))
        case .eachKey(let rules, let example), .eachValue(let rules, let example):
            object["rules"] = .array(rules.map(json))
            if let example { object["value"] = example }
        case .statusCode(let expectation):
            if case .codes(let codes) = expectation {
                object["status"] = .array(codes.map { .integer(Int64($0)) })
            } else {
                object["status"] = .string(expectation.name ?? "")
            }
        case .equality, .integer, .decimal, .number, .boolean, .null, .values, .notEmpty, .semver:
            break
        }
        return .object(object)
    }

    private static func json(_ variant: ArrayContainsVariant) -> JSONValue {
        var object: [String: JSONValue] = ["index": .integer(Int64(variant.index)), "rules": json(variant.rules)]
        if let generators = variant.generators { object["generators"] = generators }
        return .object(object)
    }
}
