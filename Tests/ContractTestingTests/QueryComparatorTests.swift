import Testing

@testable import ContractTesting

@Suite struct QueryComparatorTests {
    private func compare(
        _ expected: [String: [String]], _ actual: [String: [String]], rules: MatchingRules = MatchingRules()
    ) -> [PactMismatch] {
        QueryComparator.compare(expected: expected, actual: actual, rules: rules)
    }

    @Test func valuesCompareInOrder() {
        #expect(compare(["a": ["1", "2"], "b": ["x"]], ["b": ["x"], "a": ["1", "2"]]).isEmpty)
        #expect(compare(["a": ["1", "2"]], ["a": ["2", "1"]]).count == 1)
    }

    @Test func missingAndUnexpectedParametersAreMismatches() {
        #expect(
            compare(["a": ["1"]], ["b": ["2"]]).map(\.description) == [
                "query a: Expected query parameter 'a' but it was missing", "query b: Unexpected query parameter 'b'",
            ])
    }

    @Test func rulesApplyToEveryValueAndBoundTheCount() {
        let rules = MatchingRules(query: ["id": RuleGroup([.integer, .type(min: 1, max: 2)])])
        #expect(compare(["id": ["1"]], ["id": ["7", "8"]], rules: rules).isEmpty)
        #expect(
            compare(["id": ["1"]], ["id": ["7", "x"]], rules: rules).map(\.reason) == [
                "Query parameter 'id': Expected 'x' to be an integer"
            ])
        #expect(
            compare(["id": ["1"]], ["id": ["1", "2", "3"]], rules: rules).map(\.reason) == [
                "Expected query parameter 'id' at most 2 time(s) but received it 3"
            ])
    }
}
