import Testing

@testable import ContractTesting

@Suite struct FormBodyComparatorTests {
    private func compare(_ expected: String, _ actual: String, rules: [RulePath: RuleGroup] = [:], response: Bool = false) -> [PactMismatch]
    {
        FormBodyComparator(context: BodyMatchContext(rules: BodyRules(rules), allowUnexpectedKeys: response)).compare(expected, actual)
    }

    @Test func comparesDecodedFieldsInAnyOrder() {
        #expect(compare("a=1&b=x+y", "b=x%20y&a=1").isEmpty)
        #expect(compare("a=1", "a=2").map(\.reason) == ["Expected form field 'a' to be [\"1\"] but received [\"2\"]"])
    }

    @Test func missingAndUnexpectedFields() {
        #expect(compare("a=1&b=2", "a=1&c=3").map(\.reason) == ["Expected form field 'b' but it was missing", "Unexpected form field 'c'"])
        #expect(compare("a=1", "a=1&c=3", response: true).isEmpty)
    }

    @Test func rulesNameFieldsAsBodyPaths() throws {
        let rules = [try RulePath("$.password"): RuleGroup([.regex(".{8,}")])]
        #expect(compare("password=secret123", "password=another1", rules: rules).isEmpty)
        #expect(compare("password=secret123", "password=short", rules: rules).map(\.path) == ["$.password"])
    }
}
