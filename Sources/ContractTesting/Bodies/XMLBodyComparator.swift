import UnderstudyCore

/// Compares XML bodies under matching rules.
///
/// Elements compare by namespace and local name. Children are grouped by name: the order of
/// differently named children does not matter, same-named children compare in order. When a
/// type-like rule applies to a group, every actual child is compared with the example's children
/// (and a child whose name the example lacks is a mismatch). Attributes compare by name; requests
/// allow no extra attributes or children, responses do. Text is compared trimmed.
/// Rule paths name elements (`$.a.b`), attributes (`$.a['@id']`) and text (`$.a['#text']`).
struct XMLBodyComparator {
    /// Rules and strictness.
    let context: BodyMatchContext

    /// The mismatches between two documents' root elements.
    func compareRoots(_ expected: XMLElementTree, _ actual: XMLElementTree) -> [PactMismatch] {
        compare(expected, actual, at: ValuePath.root.appending(key: expected.name.local))
    }

    private func compare(_ expected: XMLElementTree, _ actual: XMLElementTree, at location: ValuePath) -> [PactMismatch] {
        if let failure = elementFailure(expected, actual, at: location) {
            return [
                PactMismatch(
                    category: .body, path: location.description, expected: "<\(expected.name)>", actual: "<\(actual.name)>", reason: failure
                )
            ]
        }
        return compareAttributes(expected, actual, at: location) + compareChildren(expected, actual, at: location)
            + compareText(expected, actual, at: location)
    }

    /// Names must be equal; a `min`/`max` set directly on the element counts its child elements.
    /// Other matchers on an element apply, by cascade, to its text and attributes.
    private func elementFailure(_ expected: XMLElementTree, _ actual: XMLElementTree, at location: ValuePath) -> String? {
        guard expected.name == actual.name else { return "Expected element <\(expected.name)> but received <\(actual.name)>" }
        guard let selection = context.rules.select(at: location), !selection.cascaded else { return nil }
        let count = actual.children.count
        for matcher in selection.group.matchers {
            guard case .type(let min, let max) = matcher else { continue }
            if let min, count < min { return "Expected <\(actual.name)> to have at least \(min) child element(s) but it has \(count)" }
            if let max, count > max { return "Expected <\(actual.name)> to have at most \(max) child element(s) but it has \(count)" }
        }
        return nil
    }

    private func compareAttributes(_ expected: XMLElementTree, _ actual: XMLElementTree, at location: ValuePath) -> [PactMismatch] {
        var mismatches: [PactMismatch] = []
        for name in expected.attributes.keys.sorted(by: { $0.description < $1.description }) {
            let attribute = location.appending(key: "@" + name.local)
            let expectedValue = expected.attributes[name]!
            guard let actualValue = actual.attributes[name] else {
                mismatches.append(
                    PactMismatch(
                        category: .body, path: attribute.description, expected: "'\(expectedValue)'",
                        reason: "Expected attribute \(name)='\(expectedValue)' but it was missing"))
                continue
            }
            mismatches += compareText(expectedValue, actualValue, at: attribute)
        }
        if !context.allowUnexpectedKeys {
            for name in actual.attributes.keys.sorted(by: { $0.description < $1.description }) where expected.attributes[name] == nil {
                mismatches.append(
                    PactMismatch(
                        category: .body, path: location.appending(key: "@" + name.local).description,
                        actual: "'\(actual.attributes[name]!)'", reason: "Unexpected attribute \(name)"))
            }
        }
        return mismatches
    }

    private func compareChildren(_ expected: XMLElementTree, _ actual: XMLElementTree, at location: ValuePath) -> [PactMismatch] {
        let expectedGroups = Self.groups(expected.children)
        let actualGroups = Self.groups(actual.children)
        var mismatches: [PactMismatch] = []
        for (name, actualChildren) in actualGroups {
            let groupLocation = location.appending(key: name.local)
            let byExample = context.rules.select(at: groupLocation)?.group.comparesCollectionsByExample == true
            guard let expectedChildren = expectedGroups.first(where: { $0.name == name })?.children else {
                if !context.allowUnexpectedKeys || byExample {
                    mismatches.append(
                        PactMismatch(
                            category: .body, path: groupLocation.description, actual: "<\(name)>",
                            reason: "Unexpected child element <\(name)>"))
                }
                continue
            }
            for (index, child) in actualChildren.enumerated() {
                let childLocation = location.appending(
                    element: name.local, position: child.position, positionInGroup: index, groupSize: actualChildren.count)
                if index < expectedChildren.count {
                    mismatches += compare(expectedChildren[index].element, child.element, at: childLocation)
                } else if byExample {
                    mismatches += compare(expectedChildren[0].element, child.element, at: childLocation)
                } else if !context.allowUnexpectedKeys {
                    mismatches.append(
                        PactMismatch(
                            category: .body, path: childLocation.description, actual: "<\(name)>",
                            reason:
                                "Unexpected child element <\(name)> (expected \(expectedChildren.count), received \(actualChildren.count))")
                    )
                }
            }
            if actualChildren.count < expectedChildren.count && !byExample {
                mismatches.append(
                    PactMismatch(
                        category: .body, path: groupLocation.description, expected: "\(expectedChildren.count) × <\(name)>",
                        actual: "\(actualChildren.count) × <\(name)>",
                        reason: "Expected \(expectedChildren.count) child element(s) <\(name)> but received \(actualChildren.count)"))
            }
        }
        for group in expectedGroups where !actualGroups.contains(where: { $0.name == group.name }) {
            mismatches.append(
                PactMismatch(
                    category: .body, path: location.appending(key: group.name.local).description, expected: "<\(group.name)>",
                    reason: "Expected child element <\(group.name)> but it was missing"))
        }
        return mismatches
    }

    private func compareText(_ expected: XMLElementTree, _ actual: XMLElementTree, at location: ValuePath) -> [PactMismatch] {
        let textLocation = location.appending(key: "#text")
        if expected.text.isEmpty && actual.text.isEmpty { return [] }
        return compareText(expected.text, actual.text, at: textLocation)
    }

    /// Attribute values and element text: the selected rule, or equality.
    private func compareText(_ expected: String, _ actual: String, at location: ValuePath) -> [PactMismatch] {
        let failures: [String]
        if let selection = context.rules.select(at: location) {
            failures = MatcherEvaluator.evaluate(
                selection.group, expected: .string(expected), actual: .string(actual), textual: true, cascaded: selection.cascaded)
        } else {
            failures = expected == actual ? [] : ["Expected '\(expected)' but received '\(actual)'"]
        }
        return failures.map {
            PactMismatch(category: .body, path: location.description, expected: "'\(expected)'", actual: "'\(actual)'", reason: $0)
        }
    }

    /// Children grouped by name, groups in order of first appearance, with each child's position
    /// among all its siblings.
    private static func groups(
        _ children: [XMLElementTree]
    ) -> [(name: XMLElementTree.Name, children: [(element: XMLElementTree, position: Int)])] {
        var groups: [(name: XMLElementTree.Name, children: [(element: XMLElementTree, position: Int)])] = []
        for (position, child) in children.enumerated() {
            if let index = groups.firstIndex(where: { $0.name == child.name }) {
                groups[index].children.append((child, position))
            } else {
                groups.append((child.name, [(child, position)]))
            }
        }
        return groups
    }
}
