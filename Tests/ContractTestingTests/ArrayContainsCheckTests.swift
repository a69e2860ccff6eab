import Testing
import UnderstudyCore

@testable import ContractTesting

@Suite struct ArrayContainsCheckTests {
    private func check(_ variants: [ArrayContainsVariant], _ expected: [JSONValue], _ actual: [JSONValue]) -> [PactMismatch] {
        ArrayContainsCheck(context: BodyMatchContext(rules: BodyRules([:]), allowUnexpectedKeys: true))
            .check(variants, expected, actual, at: ValuePath.root.appending(key: "events"))
    }

    @Test func findsEachVariantAnywhereInTheArray() throws {
        let variant = ArrayContainsVariant(index: 0, rules: [try RulePath("$.id"): RuleGroup([.integer])])
        #expect(check([variant], [["type": "login", "id": 1]], [["type": "logout", "id": 3], ["type": "login", "id": 9]]).isEmpty)
    }

    @Test func reportsVariantsNobodyMatches() throws {
        let variant = ArrayContainsVariant(index: 0)
        let mismatches = check([variant], [["type": "login"]], [["type": "logout"]])
        #expect(
            mismatches.map(\.reason) == ["Expected the array to contain an item matching variant 0 ({\"type\":\"login\"}), but none did"])
        #expect(mismatches.first?.path == "$.events")
    }

    @Test func withoutVariantsEveryExampleItemMustBeFound() {
        #expect(check([], [1, 2], [3, 2, 1]).isEmpty)
        #expect(check([], [1, 2], [2, 3]).count == 1)
    }

    @Test func reportsVariantsPointingOutsideTheExample() {
        #expect(
            check([ArrayContainsVariant(index: 4)], [1], [1]).map(\.reason)
                == ["arrayContains variant 0 refers to item 4, but the example has 1 item(s)"])
    }
}
