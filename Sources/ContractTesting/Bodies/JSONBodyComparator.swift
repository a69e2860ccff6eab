import UnderstudyCore

/// Compares JSON bodies under matching rules.
///
/// Objects: every expected key must be present; unexpected keys are mismatches in requests only.
/// Arrays: same length and item by item, unless a rule compares by example (`type`, `notEmpty`,
/// `values`, `eachValue`), when every actual item is compared with the example's items and the
/// length only has to meet `min`/`max`. Leaves: the selected rule, or equality.
struct JSONBodyComparator {
    /// Rules and strictness.
    let context: BodyMatchContext

    /// The mismatches between `expected` and `actual` at `location`.
    func compare(_ expected: JSONValue, _ actual: JSONValue, at location: ValuePath) -> [PactMismatch] {
        let selection = context.rules.select(at: location)
        switch (expected, actual) {
        case (.object(let expectedMembers), .object(let actualMembers)):
            return collectionFailures(selection, expected, actual, location)
                + compareObjects(expectedMembers, actualMembers, at: location, selection: selection)
        case (.array(let expectedItems), .array(let actualItems)):
            return collectionFailures(selection, expected, actual, location)
                + compareArrays(expectedItems, actualItems, at: location, selection: selection)
        default:
            if let selection {
                return MatcherEvaluator.evaluate(
                    selection.group, expected: expected, actual: actual, textual: false, cascaded: selection.cascaded
                )
                .map { mismatch(location, expected, actual, $0) }
            }
            guard !expected.isEquivalent(to: actual) else { return [] }
            let sameType = expected.typeName == actual.typeName
            let shownExpected = ValueText.describe(expected) + (sameType ? "" : " (\(expected.typeName))")
            let shownActual = ValueText.describe(actual) + (sameType ? "" : " (\(actual.typeName))")
            let reason = "Expected \(shownExpected) but received \(shownActual)"
            return [mismatch(location, expected, actual, reason)]
        }
    }

    private func collectionFailures(
        _ selection: BodyRules.Selection?, _ expected: JSONValue, _ actual: JSONValue, _ location: ValuePath
    ) -> [PactMismatch] {
        guard let selection else { return [] }
        return MatcherEvaluator.evaluateCollection(selection.group, expected: expected, actual: actual, cascaded: selection.cascaded)
            .map { mismatch(location, expected, actual, $0) }
    }

    private func compareObjects(
        _ expected: [String: JSONValue], _ actual: [String: JSONValue], at location: ValuePath, selection: BodyRules.Selection?
    ) -> [PactMismatch] {
        let direct = selection.flatMap { $0.cascaded ? nil : $0.group.matchers } ?? []
        var mismatches: [PactMismatch] = []
        var keyRules: [Matcher] = []
        var valueRules: [Matcher] = []
        for matcher in direct {
            if case .eachKey(let rules, _) = matcher { keyRules += rules }
            if case .eachValue(let rules, _) = matcher { valueRules += rules }
        }
        if !keyRules.isEmpty {
            for key in actual.keys.sorted() {
                let failures = MatcherEvaluator.evaluate(
                    RuleGroup(keyRules), expected: nil, actual: .string(key), textual: true, cascaded: false)
                mismatches += failures.map {
                    PactMismatch(
                        category: .body, path: location.appending(key: key).description, actual: key, reason: "Key '\(key)': \($0)")
                }
            }
        }
        if direct.contains(.values) || !valueRules.isEmpty {
            let children =
                valueRules.isEmpty
                ? self : JSONBodyComparator(context: context.applying(RuleGroup(valueRules), toChildrenOf: location, wildcard: .anyField))
            let example = expected.keys.sorted().first.map { expected[$0]! }
            for key in actual.keys.sorted() {
                guard let expectedValue = expected[key] ?? example else { continue }
                mismatches += children.compare(expectedValue, actual[key]!, at: location.appending(key: key))
            }
            return mismatches
        }
        let keysAreFree = !keyRules.isEmpty
        for key in expected.keys.sorted() {
            let child = location.appending(key: key)
            if let actualValue = actual[key] {
                mismatches += compare(expected[key]!, actualValue, at: child)
            } else if !keysAreFree {
                mismatches.append(
                    PactMismatch(
                        category: .body, path: child.description, expected: ValueText.describe(expected[key]!),
                        reason: "Expected key '\(key)' but it was missing"))
            }
        }
        if !context.allowUnexpectedKeys && !keysAreFree {
            for key in actual.keys.sorted() where expected[key] == nil {
                mismatches.append(
                    PactMismatch(
                        category: .body, path: location.appending(key: key).description, actual: ValueText.describe(actual[key]!),
                        reason: "Unexpected key '\(key)'"))
            }
        }
        return mismatches
    }

    private func compareArrays(
        _ expected: [JSONValue], _ actual: [JSONValue], at location: ValuePath, selection: BodyRules.Selection?
    ) -> [PactMismatch] {
        let direct = selection.flatMap { $0.cascaded ? nil : $0.group.matchers } ?? []
        for matcher in direct {
            if case .arrayContains(let variants) = matcher {
                return ArrayContainsCheck(context: context).check(variants, expected, actual, at: location)
            }
        }
        var children = self
        let valueRules = direct.flatMap { matcher -> [Matcher] in
            if case .eachValue(let rules, _) = matcher { return rules }
            return []
        }
        if !valueRules.isEmpty {
            children = JSONBodyComparator(context: context.applying(RuleGroup(valueRules), toChildrenOf: location, wildcard: .anyIndex))
        }
        if selection?.group.comparesCollectionsByExample == true {
            guard let first = expected.first else { return [] }
            return actual.enumerated().flatMap { index, item in
                children.compare(index < expected.count ? expected[index] : first, item, at: location.appending(index: index))
            }
        }
        var mismatches: [PactMismatch] = []
        if expected.count != actual.count {
            mismatches.append(
                mismatch(
                    location, .array(expected), .array(actual),
                    "Expected an array of \(expected.count) item(s) but received \(actual.count)"))
        }
        for index in 0..<min(expected.count, actual.count) {
            mismatches += children.compare(expected[index], actual[index], at: location.appending(index: index))
        }
        return mismatches
    }

    private func mismatch(_ location: ValuePath, _ expected: JSONValue, _ actual: JSONValue, _ reason: String) -> PactMismatch {
        PactMismatch(
            category: .body, path: location.description, expected: ValueText.describe(expected), actual: ValueText.describe(actual),
            reason: reason)
    }
}
