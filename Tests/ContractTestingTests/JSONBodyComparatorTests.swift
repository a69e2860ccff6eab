import Testing
import UnderstudyCore

@testable import ContractTesting

@Suite struct JSONBodyComparatorTests {
    private func compare(
        _ expected: JSONValue, _ actual: JSONValue, rules: [String: RuleGroup] = [:], response: Bool = false
    ) throws -> [PactMismatch] {
        var parsed: [RulePath: RuleGroup] = [:]
        for (path, group) in rules { parsed[try RulePath(path)] = group }
        return JSONBodyComparator(context: BodyMatchContext(rules: BodyRules(parsed), allowUnexpectedKeys: response))
            .compare(expected, actual, at: .root)
    }

    @Test func requestsRejectUnexpectedKeysAndResponsesAllowThem() throws {
        let expected: JSONValue = ["name": "Mary"]
        let actual: JSONValue = ["name": "Mary", "phone": nil]
        #expect(try compare(expected, actual).map(\.description) == ["body $.phone: Unexpected key 'phone'"])
        #expect(try compare(expected, actual, response: true).isEmpty)
    }

    @Test func reportsMissingKeysAndWrongValuesWithTheirPaths() throws {
        let mismatches = try compare(["a": ["b": [1, 2]], "c": "x"], ["a": ["b": [1, 3]]])
        #expect(mismatches.map(\.path) == ["$.a.b[1]", "$.c"])
        #expect(mismatches.map(\.reason) == ["Expected 2 but received 3", "Expected key 'c' but it was missing"])
    }

    @Test func arraysNeedTheSameLengthWithoutARule() throws {
        #expect(try compare([1, 2], [1, 2, 3], response: true).map(\.reason) == ["Expected an array of 2 item(s) but received 3"])
    }

    @Test func typeRulesCompareEveryItemWithTheExample() throws {
        let rules = ["$.items": RuleGroup([.type(min: 1, max: 3)])]
        #expect(try compare(["items": [["id": 1]]], ["items": [["id": 7], ["id": 8]]], rules: rules).isEmpty)
        #expect(
            try compare(["items": [["id": 1]]], ["items": []], rules: rules).map(\.reason) == [
                "Expected an array with at least 1 item(s) but received 0"
            ])
        #expect(try compare(["items": [["id": 1]]], ["items": [["id": "7"]]], rules: rules).map(\.path) == ["$.items[0].id"])
    }

    @Test func equalityResetsACascadedRule() throws {
        let rules = ["$": RuleGroup([.type(min: nil, max: nil)]), "$.kind": RuleGroup([.equality])]
        #expect(try compare(["kind": "cat", "name": "Tom"], ["kind": "cat", "name": "Felix"], rules: rules).isEmpty)
        #expect(try compare(["kind": "cat", "name": "Tom"], ["kind": "dog", "name": "Felix"], rules: rules).map(\.path) == ["$.kind"])
    }

    @Test func valuesIgnoresKeys() throws {
        let rules = ["$.scores": RuleGroup([.values]), "$.scores.*": RuleGroup([.type(min: nil, max: nil)])]
        #expect(try compare(["scores": ["ann": 1]], ["scores": ["bob": 2, "eve": 3]], rules: rules).isEmpty)
        #expect(try compare(["scores": ["ann": 1]], ["scores": ["bob": "2"]], rules: rules).map(\.path) == ["$.scores.bob"])
    }

    @Test func eachKeyChecksEveryKey() throws {
        let rules = ["$": RuleGroup([.eachKey(rules: [.regex("[a-z]+")], example: nil)])]
        #expect(try compare(["a": 1], ["a": 1, "b": 2], rules: rules).isEmpty)
        #expect(
            try compare(["a": 1], ["a": 1, "B2": 2], rules: rules).map(\.description)
                == ["body $.B2: Key 'B2': Expected 'B2' to match the regular expression '[a-z]+'"])
    }

    @Test func eachValueChecksEveryValueOfMapsAndArrays() throws {
        let rules = ["$.tags": RuleGroup([.eachValue(rules: [.regex("[a-z]+")], example: nil)])]
        #expect(try compare(["tags": ["a"]], ["tags": ["x", "y"]], rules: rules).isEmpty)
        #expect(try compare(["tags": ["a"]], ["tags": ["x", "Y"]], rules: rules).map(\.path) == ["$.tags[1]"])
        #expect(try compare(["tags": ["k": "a"]], ["tags": ["k": "x", "j": "9"]], rules: rules).map(\.path) == ["$.tags.j"])
    }

    @Test func notEmptyAcceptsAnyNonEmptyArray() throws {
        let rules = ["$.ids": RuleGroup([.notEmpty])]
        #expect(try compare(["ids": [1]], ["ids": [4, 5, 6]], rules: rules).isEmpty)
        #expect(try compare(["ids": [1]], ["ids": []], rules: rules).count == 1)
    }

    @Test func nullOrTypeWithOr() throws {
        let rules = ["$.manager": RuleGroup([.null, .type(min: nil, max: nil)], combine: .or)]
        #expect(try compare(["manager": ["id": 1]], ["manager": nil], rules: rules).isEmpty)
        #expect(try compare(["manager": ["id": 1]], ["manager": 3], rules: rules).count == 1)
    }

    @Test func leafRulesOnCollectionsApplyOnlyWhenSetDirectly() throws {
        let rules = ["$.a": RuleGroup([.integer])]
        let mismatches = try compare(["a": ["b": ["c": 1]]], ["a": ["b": ["c": 2]]], rules: rules)
        #expect(mismatches.map(\.description) == ["body $.a: Expected {\"b\":{\"c\":2}} to be an integer"])
    }
}
