import Testing

@testable import ContractTesting

@Suite struct RulePathTests {
    @Test func parsesDottedAndBracketSteps() throws {
        let path = try RulePath("$.animals[*].children[0]['x y'].*")
        #expect(path.tokens == [.root, .field("animals"), .anyIndex, .field("children"), .index(0), .field("x y"), .anyField])
    }
}
