import Foundation
import UnderstudyCore

extension ValuePattern: CustomStringConvertible {
    /// The matcher in words, as a near-miss report shows it: `equalTo "owner"`,
    /// `matches "Bearer .+"`, `equalToJson {"id":1} (ignoring extra elements)`.
    public var description: String {
        switch self {
        case .equalTo(let text, let caseInsensitive):
            return "equalTo \(text.quotedForReport)" + (caseInsensitive ? " (case-insensitive)" : "")
        case .contains(let text): return "contains \(text.quotedForReport)"
        case .doesNotContain(let text): return "doesNotContain \(text.quotedForReport)"
        case .matches(let regex): return "matches \(regex.pattern.quotedForReport)"
        case .doesNotMatch(let regex): return "doesNotMatch \(regex.pattern.quotedForReport)"
        case .absent: return "absent"
        case .equalToJson(let json, let ignoreArrayOrder, let ignoreExtraElements):
            let options = [ignoreArrayOrder ? "ignoring array order" : nil, ignoreExtraElements ? "ignoring extra elements" : nil]
                .compactMap { $0 }
            return "equalToJson \(json.serialized().truncatedForReport)" + (options.isEmpty ? "" : " (\(options.joined(separator: ", ")))")
        case .matchesJsonPath(let path, let subPattern):
            return "matchesJsonPath \(path.expression.quotedForReport)" + (subPattern.map { " with \($0)" } ?? "")
        case .and(let patterns): return "and(\(patterns.map(\.description).joined(separator: ", ")))"
        case .or(let patterns): return "or(\(patterns.map(\.description).joined(separator: ", ")))"
        case .not(let pattern): return "not(\(pattern))"
        }
    }

    /// Why `value` does not satisfy this matcher, in words (for a value that does not).
    func explainMismatch(_ value: String?) -> String {
        switch self {
        case .absent:
            return "present, but should be absent"
        case .doesNotContain(let text):
            return "contains \(text.quotedForReport)"
        case .doesNotMatch:
            return "matches the regular expression"
        case .not(let pattern):
            return "matches \(pattern)"
        case .or:
            return value == nil ? "missing" : "matches none of the alternatives"
        case .and(let patterns):
            return patterns.filter { !$0.match(value).isExactMatch }.map { $0.explainMismatch(value) }
                .joined(separator: "; ")
        default:
            guard let value else { return "missing" }
            return explainMismatch(present: value)
        }
    }

    private func explainMismatch(present value: String) -> String {
        switch self {
        case .equalTo(let expected, _):
            return value.caseInsensitiveCompare(expected) == .orderedSame ? "differs in letter case" : "not equal"
        case .contains(let text):
            return "does not contain \(text.quotedForReport)"
        case .matches:
            return "does not match the regular expression"
        case .equalToJson(let expected, let ignoreArrayOrder, let ignoreExtraElements):
            let actual: JSONValue
            do { actual = try JSONValue(parsing: value) } catch { return "not JSON (\(error))" }
            let comparison = JSONComparison(ignoreArrayOrder: ignoreArrayOrder, ignoreExtraElements: ignoreExtraElements)
            return comparison.firstDifference(expected: expected, actual: actual) ?? "JSON differs"
        case .matchesJsonPath(let path, let subPattern):
            let document: JSONValue
            do { document = try JSONValue(parsing: value) } catch { return "not JSON (\(error))" }
            return Self.explain(path, found: path.read(document), subPattern)
        default:
            return "does not match"
        }
    }

    private static func explain(_ path: JSONPath, found: JSONValue?, _ subPattern: ValuePattern?) -> String {
        guard let subPattern else {
            switch found {
            case nil: return "\(path.expression) finds nothing"
            case .null?: return "\(path.expression) is null"
            default: return "\(path.expression) finds an empty \(found?.typeName ?? "value")"
            }
        }
        let candidates = texts(of: found, forJSONComparison: subPattern.comparesJSON)
        switch candidates.count {
        case 0: return "\(path.expression) finds nothing"
        case 1: return "\(path.expression) finds \(candidates[0].quotedForReport): \(subPattern.explainMismatch(candidates[0]))"
        default: return "none of the \(candidates.count) values \(path.expression) finds matches \(subPattern)"
        }
    }
}

extension MultiValuePattern: CustomStringConvertible {
    /// The matcher in words: a plain matcher as ``ValuePattern`` describes it, or
    /// `hasExactly [equalTo "a", equalTo "b"]`, `includes [...]`.
    public var description: String {
        switch self {
        case .single(let pattern): return pattern.description
        case .hasExactly(let patterns): return "hasExactly [\(patterns.map(\.description).joined(separator: ", "))]"
        case .includes(let patterns): return "includes [\(patterns.map(\.description).joined(separator: ", "))]"
        }
    }

    /// Why `values` do not satisfy this matcher, in words.
    func explainMismatch(_ values: [String]) -> String {
        switch self {
        case .single(let pattern):
            if values.count > 1, pattern != .absent { return "none of the \(values.count) values matches" }
            return pattern.explainMismatch(values.first)
        case .hasExactly(let patterns) where !values.isEmpty && patterns.count != values.count:
            return "expected \(patterns.count) values, found \(values.count)"
        case .hasExactly(let patterns), .includes(let patterns):
            guard !values.isEmpty else { return "missing" }
            let unmatched = patterns.first { pattern in !values.contains { pattern.match($0).isExactMatch } }
            return unmatched.map { "no value matches \($0)" } ?? "does not match"
        }
    }
}

extension String {
    /// The text as a JSON string literal, shortened when long: `"owner"`.
    var quotedForReport: String {
        JSONValue.string(self).serialized().truncatedForReport
    }

    /// The text cut to a readable length for a report.
    var truncatedForReport: String {
        count > 120 ? String(prefix(117)) + "..." : self
    }
}
