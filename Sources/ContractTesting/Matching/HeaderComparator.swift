import Foundation
import MicroHTTP
import UnderstudyCore

/// Compares expected headers with actual ones. Names compare without case; extra headers are
/// fine. Values: a header rule applies to each actual value as a whole; `Content-Type` and
/// `Accept` compare as media types (parameters in any order, extra actual parameters allowed,
/// charset without case); other values compare as comma-separated lists, ignoring whitespace
/// around the commas but not the order.
enum HeaderComparator {
    /// The header mismatches.
    static func compare(expected: [String: [String]], actual: HTTPHeaders, rules: MatchingRules) -> [PactMismatch] {
        var mismatches: [PactMismatch] = []
        for name in expected.keys.sorted() {
            let wanted = expected[name]!
            let received = actual.values(for: name)
            guard !received.isEmpty else {
                mismatches.append(
                    PactMismatch(
                        category: .header, path: name, expected: wanted.joined(separator: ", "),
                        reason: "Expected header '\(name)' but it was missing"))
                continue
            }
            if let group = rules.header(named: name) {
                for (index, value) in received.enumerated() {
                    let example = wanted.indices.contains(index) ? wanted[index] : wanted.first
                    mismatches += MatcherEvaluator.evaluate(
                        group, expected: example.map(JSONValue.string), actual: .string(value), textual: true, cascaded: false
                    )
                    .map {
                        PactMismatch(category: .header, path: name, expected: example, actual: value, reason: "Header '\(name)': \($0)")
                    }
                }
            } else if let reason = valueFailure(name: name, expected: wanted, actual: received) {
                mismatches.append(
                    PactMismatch(
                        category: .header, path: name, expected: wanted.joined(separator: ", "),
                        actual: received.joined(separator: ", "), reason: reason))
            }
        }
        return mismatches
    }

    /// Why the values differ, or `nil` when they match.
    private static func valueFailure(name: String, expected: [String], actual: [String]) -> String? {
        let lowered = name.lowercased()
        let expectedText = expected.joined(separator: ", ")
        let actualText = actual.joined(separator: ", ")
        let differ = "Expected header '\(name)' to be '\(expectedText)' but received '\(actualText)'"
        if lowered == "content-type" {
            guard let wanted = MediaType(expectedText), let received = MediaType(actual[0]) else {
                return expectedText == actualText ? nil : differ
            }
            return wanted.isSatisfied(by: received) ? nil : differ
        }
        if singleValued.contains(lowered) {
            return expected == actual ? nil : differ
        }
        let wantedItems = expected.flatMap(items)
        let receivedItems = actual.flatMap(items)
        guard wantedItems.count == receivedItems.count else { return differ }
        for (wanted, received) in zip(wantedItems, receivedItems) {
            if lowered == "accept", let wantedType = MediaType(wanted), let receivedType = MediaType(received) {
                if !wantedType.isSatisfied(by: receivedType) { return differ }
            } else if wanted != received {
                return differ
            }
        }
        return nil
    }

    /// The comma-separated items of a header value, trimmed; commas inside quotes do not split.
    private static func items(_ value: String) -> [String] {
        MediaType.split(value, on: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// Headers whose values contain commas that do not separate list items.
    private static let singleValued: Set<String> = [
        "date", "expires", "last-modified", "if-modified-since", "if-unmodified-since", "retry-after", "set-cookie",
    ]
}
