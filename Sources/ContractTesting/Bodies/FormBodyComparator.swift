import MicroHTTP
import UnderstudyCore

/// Compares `application/x-www-form-urlencoded` bodies field by field, like query strings. Rules
/// name fields as body paths (`$.field`).
struct FormBodyComparator {
    /// Rules and strictness.
    let context: BodyMatchContext

    /// The mismatches between two encoded forms.
    func compare(_ expected: String, _ actual: String) -> [PactMismatch] {
        let expectedFields = Self.fields(expected)
        let actualFields = Self.fields(actual)
        var mismatches: [PactMismatch] = []
        for name in expectedFields.keys.sorted() {
            let location = ValuePath.root.appending(key: name)
            let wanted = expectedFields[name]!
            guard let received = actualFields[name] else {
                mismatches.append(
                    PactMismatch(
                        category: .body, path: location.description, expected: wanted.joined(separator: ", "),
                        reason: "Expected form field '\(name)' but it was missing"))
                continue
            }
            if let selection = context.rules.select(at: location) {
                for (index, value) in received.enumerated() {
                    let example = wanted.indices.contains(index) ? wanted[index] : wanted.first
                    mismatches += MatcherEvaluator.evaluate(
                        selection.group, expected: example.map(JSONValue.string), actual: .string(value), textual: true,
                        cascaded: selection.cascaded
                    )
                    .map { PactMismatch(category: .body, path: location.description, expected: example, actual: value, reason: $0) }
                }
            } else if wanted != received {
                mismatches.append(
                    PactMismatch(
                        category: .body, path: location.description, expected: wanted.joined(separator: ", "),
                        actual: received.joined(separator: ", "),
                        reason: "Expected form field '\(name)' to be \(wanted) but received \(received)"))
            }
        }
        if !context.allowUnexpectedKeys {
            for name in actualFields.keys.sorted() where expectedFields[name] == nil {
                mismatches.append(
                    PactMismatch(
                        category: .body, path: ValuePath.root.appending(key: name).description,
                        actual: actualFields[name]!.joined(separator: ", "), reason: "Unexpected form field '\(name)'"))
            }
        }
        return mismatches
    }

    private static func fields(_ text: String) -> [String: [String]] {
        var fields: [String: [String]] = [:]
        for item in FormEncoding.decode(text) { fields[item.name, default: []].append(item.value) }
        return fields
    }
}
