import Foundation
import UnderstudyCore

/// Applies matchers to one value. Pure: values in, failure reasons out (empty means it matched).
///
/// `textual` values come from headers, query strings, paths and XML, where everything is text:
/// `integer`, `number`, `decimal` and `boolean` then accept text of the right form, and `type`
/// accepts any text.
enum MatcherEvaluator {
    /// The reasons `actual` fails the group; empty when it passes.
    static func evaluate(_ group: RuleGroup, expected: JSONValue?, actual: JSONValue, textual: Bool, cascaded: Bool) -> [String] {
        combine(group, group.matchers.map { check($0, expected: expected, actual: actual, textual: textual, cascaded: cascaded) })
    }

    /// The reasons a collection fails the group's collection-level checks (sizes, emptiness, null);
    /// how children are compared is up to the caller. Leaf matchers apply only when not cascaded.
    static func evaluateCollection(_ group: RuleGroup, expected: JSONValue, actual: JSONValue, cascaded: Bool) -> [String] {
        combine(
            group,
            group.matchers.map { matcher in
                switch matcher {
                case .type, .notEmpty, .null:
                    return check(matcher, expected: expected, actual: actual, textual: false, cascaded: cascaded)
                case .equality, .values, .eachKey, .eachValue, .arrayContains:
                    return nil
                default:
                    return cascaded ? nil : check(matcher, expected: expected, actual: actual, textual: false, cascaded: false)
                }
            })
    }

    private static func combine(_ group: RuleGroup, _ results: [String?]) -> [String] {
        let failures = results.compactMap { $0 }
        switch group.combine {
        case .and: return failures
        case .or: return results.contains { $0 == nil } || failures.isEmpty ? [] : [failures.joined(separator: "; or ")]
        }
    }

    /// The reason `actual` fails `matcher`, or `nil` when it passes.
    static func check(_ matcher: Matcher, expected: JSONValue?, actual: JSONValue, textual: Bool, cascaded: Bool) -> String? {
        let shown = ValueText.describe(actual)
        switch matcher {
        case .equality:
            guard let expected, !expected.isEquivalent(to: actual) else { return nil }
            return "Expected \(ValueText.describe(expected)) but received \(shown)"
        case .regex(let pattern):
            guard let matched = RegexMatch.matches(pattern, actual.plainText) else { return "Invalid regular expression '\(pattern)'" }
            return matched ? nil : "Expected \(shown) to match the regular expression '\(pattern)'"
        case .type(let min, let max):
            return typeFailure(expected: expected, actual: actual, min: cascaded ? nil : min, max: cascaded ? nil : max, textual: textual)
        case .include(let part):
            return actual.plainText.contains(part) ? nil : "Expected \(shown) to include '\(part)'"
        case .integer:
            return isInteger(actual, textual: textual) ? nil : "Expected \(shown) to be an integer"
        case .decimal:
            return isDecimal(actual, textual: textual) ? nil : "Expected \(shown) to be a decimal number"
        case .number:
            return isNumber(actual, textual: textual) ? nil : "Expected \(shown) to be a number"
        case .boolean:
            return actual.boolValue != nil || actual == "true" || actual == "false" ? nil : "Expected \(shown) to be a boolean"
        case .null:
            return actual == .null ? nil : "Expected null but received \(shown)"
        case .date(let format):
            return dateFailure(actual, format: format, fallback: .date)
        case .time(let format):
            return dateFailure(actual, format: format, fallback: .time)
        case .timestamp(let format):
            return dateFailure(actual, format: format, fallback: .timestamp)
        case .values, .eachKey, .eachValue, .arrayContains:
            return typeFailure(expected: expected, actual: actual, min: nil, max: nil, textual: textual)
        case .contentType(let wanted):
            let detected = ContentTypeDetector.detect(Data(actual.plainText.utf8))
            return contentTypeFailure(wanted: wanted, detected: detected)
        case .notEmpty:
            return isEmpty(actual) ? "Expected a non-empty value but received \(shown)" : nil
        case .semver:
            return RegexMatch.matches(semverPattern, actual.plainText) == true ? nil : "Expected \(shown) to be a semantic version"
        case .statusCode(let expectation):
            guard let status = actual.intValue, expectation.accepts(status) else {
                return "Expected status \(actual.plainText) to be \(describe(expectation))"
            }
            return nil
        }
    }

    /// Compares the content type detected in a body with the one a `contentType` matcher wants.
    static func contentTypeFailure(wanted: String, detected: String?) -> String? {
        let wantedType = MediaType(wanted)
        let detectedType = detected.flatMap(MediaType.init)
        if let wantedType, let detectedType,
            wantedType.essence == detectedType.essence
                || (wantedType.kind == detectedType.kind && [.json, .xml].contains(wantedType.kind))
        {
            return nil
        }
        return "Expected content of type '\(wanted)' but detected '\(detected ?? "nothing")'"
    }

    private static func typeFailure(expected: JSONValue?, actual: JSONValue, min: Int?, max: Int?, textual: Bool) -> String? {
        if let expected, !sameType(expected, actual, textual: textual) {
            let shownActual = "\(ValueText.describe(actual)) (\(actual.typeName))"
            return "Expected \(shownActual) to be the same type as \(ValueText.describe(expected)) (\(expected.typeName))"
        }
        if case .array(let items) = actual {
            if let min, items.count < min { return "Expected an array with at least \(min) item(s) but received \(items.count)" }
            if let max, items.count > max { return "Expected an array with at most \(max) item(s) but received \(items.count)" }
        }
        return nil
    }

    private static func sameType(_ expected: JSONValue, _ actual: JSONValue, textual: Bool) -> Bool {
        if textual, case .string = expected, case .string = actual { return true }
        return expected.typeName == actual.typeName
    }

    private static func isInteger(_ value: JSONValue, textual: Bool) -> Bool {
        switch value {
        case .integer: return true
        case .string(let text): return textual && RegexMatch.matches("[+-]?\\d+", text) == true
        default: return false
        }
    }

    private static func isDecimal(_ value: JSONValue, textual: Bool) -> Bool {
        switch value {
        case .double: return true
        case .string(let text): return textual && RegexMatch.matches("[+-]?\\d*\\.\\d+(?:[eE][+-]?\\d+)?", text) == true
        default: return false
        }
    }

    private static func isNumber(_ value: JSONValue, textual: Bool) -> Bool {
        switch value {
        case .integer, .double: return true
        case .string(let text): return textual && RegexMatch.matches("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?", text) == true
        default: return false
        }
    }

    private static func isEmpty(_ value: JSONValue) -> Bool {
        switch value {
        case .null: return true
        case .string(let text): return text.isEmpty
        case .array(let items): return items.isEmpty
        case .object(let members): return members.isEmpty
        default: return false
        }
    }

    private static func dateFailure(_ actual: JSONValue, format: String?, fallback: JavaDateFormat.Default) -> String? {
        guard case .string(let text) = actual else {
            return "Expected \(ValueText.describe(actual)) to be a string in the format \(format.map { "'\($0)'" } ?? fallback.name)"
        }
        guard let matched = JavaDateFormat.matches(text, pattern: format, default: fallback) else {
            return "Invalid date/time format '\(format ?? "")'"
        }
        return matched ? nil : "Expected '\(text)' to match the format \(format.map { "'\($0)'" } ?? fallback.name)"
    }

    private static func describe(_ expectation: StatusCodeExpectation) -> String {
        switch expectation {
        case .codes(let codes): return "one of \(codes.map(String.init).joined(separator: ", "))"
        default: return "a \(expectation.name ?? "") status"
        }
    }

    /// Semantic Versioning 2.0: `MAJOR.MINOR.PATCH[-prerelease][+build]`.
    private static let semverPattern =
        "(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)"
        + "(?:-(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*))*)?"
        + "(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?"
}
