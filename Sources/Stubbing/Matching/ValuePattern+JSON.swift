import UnderstudyCore

extension ValuePattern {
    /// The matchers Understudy supports, each with the modifiers it allows.
    static let supportedOperators: [String: Set<String>] = [
        "equalTo": ["caseInsensitive"], "contains": [], "doesNotContain": [], "matches": [], "doesNotMatch": [],
        "absent": [], "equalToJson": ["ignoreArrayOrder", "ignoreExtraElements"], "matchesJsonPath": [],
        "and": [], "or": [], "not": [],
    ]

    /// Matchers only meaningful for values that can occur several times.
    static let multiValueOperators: Set<String> = ["hasExactly", "includes"]

    /// WireMock matchers Understudy does not support.
    static let unsupportedOperators: Set<String> = [
        "binaryEqualTo", "before", "after", "equalToDateTime", "equalToXml", "matchesXPath", "matchesJsonSchema",
        "equalToNumber", "greaterThanNumber", "greaterThanEqualNumber", "lessThanNumber", "lessThanEqualNumber",
    ]

    /// Modifiers of the unsupported WireMock matchers.
    static let unsupportedModifiers: Set<String> = [
        "actualFormat", "truncateExpected", "truncateActual", "enablePlaceholders", "placeholderOpeningDelimiterRegex",
        "placeholderClosingDelimiterRegex", "namespaceAwareness", "xPathNamespaces", "schemaVersion",
    ]

    /// Reads a matcher object such as `{"equalTo": "x"}` at `location`, reporting every problem.
    static func read(_ value: JSONValue, at location: JSONLocation, log: inout ValidationLog) -> ValuePattern? {
        guard let object = ObjectReader(value, at: location, log: &log) else { return nil }
        return read(object, log: &log)
    }

    /// Reads the matcher in `object`, reporting every problem.
    static func read(_ object: ObjectReader, log: inout ValidationLog) -> ValuePattern? {
        let operators = object.members.keys.filter(isOperator).sorted()
        guard let name = operators.first else {
            reportMissingOperator(in: object, log: &log)
            return nil
        }
        guard operators.count == 1 else {
            log.report("has several matchers (\(operators.joined(separator: ", "))); combine them with \"and\" or \"or\"",
                at: object.location)
            return nil
        }
        let location = object.location.appending(name)
        if unsupportedOperators.contains(name) {
            log.report("WireMock's \"\(name)\" matcher is not supported by Understudy", at: location)
            return nil
        }
        if multiValueOperators.contains(name) {
            log.report("\"\(name)\" can only be used for query parameters, headers and form parameters", at: location)
            return nil
        }
        let errorsBefore = log.errors.count
        object.reportUnknownMembers(known: supportedOperators[name]!.union([name]), unsupported: unsupportedModifiers, log: &log)
        let pattern = build(name, from: object, at: location, log: &log)
        return log.errors.count == errorsBefore ? pattern : nil
    }

    private static func isOperator(_ key: String) -> Bool {
        supportedOperators[key] != nil || multiValueOperators.contains(key) || unsupportedOperators.contains(key)
    }

    private static func reportMissingOperator(in object: ObjectReader, log: inout ValidationLog) {
        let modifiers = Set(supportedOperators.values.joined()).union(unsupportedModifiers)
        let known = Set(supportedOperators.keys).union(multiValueOperators).union(modifiers)
        object.reportUnknownMembers(known: known, log: &log)
        log.report("needs a matcher such as equalTo, contains, matches, absent, equalToJson or matchesJsonPath", at: object.location)
    }

    private static func build(_ name: String, from object: ObjectReader, at location: JSONLocation, log: inout ValidationLog) -> ValuePattern? {
        switch name {
        case "equalTo":
            guard let text = object.string(name, log: &log) else { return nil }
            return .equalTo(text, caseInsensitive: object.bool("caseInsensitive", log: &log) ?? false)
        case "contains":
            return object.string(name, log: &log).map(ValuePattern.contains)
        case "doesNotContain":
            return object.string(name, log: &log).map(ValuePattern.doesNotContain)
        case "matches":
            return readRegex(object, name, log: &log).map(ValuePattern.matches)
        case "doesNotMatch":
            return readRegex(object, name, log: &log).map(ValuePattern.doesNotMatch)
        case "absent":
            guard object.bool(name, log: &log) == true else {
                if object[name] == .bool(false) { log.report("must be true; to require a value use matches \".*\"", at: location) }
                return nil
            }
            return .absent
        case "equalToJson":
            guard let json = readJSON(object[name]!, at: location, log: &log) else { return nil }
            return .equalToJson(json, ignoreArrayOrder: object.bool("ignoreArrayOrder", log: &log) ?? false,
                ignoreExtraElements: object.bool("ignoreExtraElements", log: &log) ?? false)
        case "matchesJsonPath":
            return readJSONPath(object[name]!, at: location, log: &log)
        case "and", "or":
            guard case .array(let items) = object[name]!, items.count >= 2 else {
                return object.mistyped(name, "an array of at least two matchers", object[name]!, &log)
            }
            let patterns = items.enumerated().compactMap { read($1, at: location.appending($0), log: &log) }
            guard patterns.count == items.count else { return nil }
            return name == "and" ? .and(patterns) : .or(patterns)
        default:
            return read(object[name]!, at: location, log: &log).map(ValuePattern.not)
        }
    }

    private static func readRegex(_ object: ObjectReader, _ name: String, log: inout ValidationLog) -> RegexPattern? {
        guard let text = object.string(name, log: &log) else { return nil }
        guard let regex = RegexPattern(text) else {
            log.report("invalid regular expression \(text.quotedForReport)", at: object.location.appending(name))
            return nil
        }
        return regex
    }

    private static func readJSON(_ value: JSONValue, at location: JSONLocation, log: inout ValidationLog) -> JSONValue? {
        switch value {
        case .string(let text):
            do { return try JSONValue(parsing: text) } catch {
                log.report("is not valid JSON text: \(error)", at: location)
                return nil
            }
        case .null:
            log.report("must be JSON or JSON text, found null", at: location)
            return nil
        default:
            return value
        }
    }

    private static func readJSONPath(_ value: JSONValue, at location: JSONLocation, log: inout ValidationLog) -> ValuePattern? {
        switch value {
        case .string(let expression):
            return compileJSONPath(expression, at: location, log: &log).map { .matchesJsonPath($0, nil) }
        case .object(var members):
            guard case .string(let expression)? = members.removeValue(forKey: "expression") else {
                log.report("needs an \"expression\" string next to its matcher", at: location)
                return nil
            }
            let path = compileJSONPath(expression, at: location.appending("expression"), log: &log)
            guard !members.isEmpty else { return path.map { .matchesJsonPath($0, nil) } }
            let subPattern = read(.object(members), at: location, log: &log)
            guard let path, let subPattern else { return nil }
            return .matchesJsonPath(path, subPattern)
        default:
            log.report("must be a JSONPath string or an object with \"expression\" and a matcher, found \(value.described)",
                at: location)
            return nil
        }
    }

    private static func compileJSONPath(_ expression: String, at location: JSONLocation, log: inout ValidationLog) -> JSONPath? {
        do { return try JSONPath(expression) } catch {
            log.report("\(error)", at: location)
            return nil
        }
    }
}

extension MultiValuePattern {
    /// Reads a matcher for a value that may occur several times: any ``ValuePattern`` object, or
    /// `{"hasExactly": [...]}` / `{"includes": [...]}`.
    static func read(_ value: JSONValue, at location: JSONLocation, log: inout ValidationLog) -> MultiValuePattern? {
        guard let object = ObjectReader(value, at: location, log: &log) else { return nil }
        let operators = ValuePattern.multiValueOperators.filter { object[$0] != nil }.sorted()
        guard let name = operators.first else { return ValuePattern.read(object, log: &log).map(MultiValuePattern.single) }
        let errorsBefore = log.errors.count
        let others = object.members.keys.filter { ValuePattern.supportedOperators[$0] != nil }
        if operators.count + others.count > 1 {
            log.report("has several matchers (\((operators + others.sorted()).joined(separator: ", "))); use one", at: location)
            return nil
        }
        object.reportUnknownMembers(known: [name], log: &log)
        guard case .array(let items) = object[name]!, !items.isEmpty else {
            return object.mistyped(name, "a non-empty array of matchers", object[name]!, &log)
        }
        let patterns = items.enumerated().compactMap { ValuePattern.read($1, at: location.appending(name).appending($0), log: &log) }
        guard log.errors.count == errorsBefore else { return nil }
        return name == "hasExactly" ? .hasExactly(patterns) : .includes(patterns)
    }
}
