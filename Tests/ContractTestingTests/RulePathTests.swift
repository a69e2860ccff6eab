import Testing

@testable import ContractTesting

@Suite struct RulePathTests {
    @Test func parsesDottedAndBracketSteps() throws {
        let path = try RulePath("$.animals[*].children[0]['x y'].*")
        #expect(path.tokens == [.root, .field("animals"), .anyIndex, .field("children"), .index(0), .field("x y"), .anyField])
    }

    @Test func acceptsXMLStyleNamesAndDoubleQuotes() throws {
        #expect(try RulePath("$.alligator['@name']").tokens == [.root, .field("alligator"), .field("@name")])
        #expect(try RulePath("$.a.b.#text").tokens == [.root, .field("a"), .field("b"), .field("#text")])
        #expect(try RulePath("$[\"x.y\"]").tokens == [.root, .field("x.y")])
        #expect(try RulePath("$.people.*['@id']").tokens == [.root, .field("people"), .anyField, .field("@id")])
    }

    @Test(arguments: ["animals", "$.", "$[", "$[x]", "$['open", "$[1", "$.a..b", "$a"])
    func rejectsMalformedExpressions(_ expression: String) {
        #expect(throws: RulePathError.self) { try RulePath(expression) }
    }

    @Test func errorNamesTheExpression() {
        #expect(throws: RulePathError(expression: "$[x]", reason: "expected an index, '*' or a quoted name in brackets at position 2")) {
            try RulePath("$[x]")
        }
    }

    @Test func writesCanonicalExpressionsFromTokens() {
        let path = RulePath(tokens: [.root, .field("a"), .index(2), .anyIndex, .field("x y"), .anyField])
        #expect(path.expression == "$.a[2][*]['x y'].*")
        #expect(RulePath.root.expression == "$")
    }

    @Test func equalityAndOrderFollowTheExpression() throws {
        #expect(try RulePath("$.a") == RulePath(tokens: [.root, .field("a")]))
        #expect(try RulePath("$.a") < RulePath("$.b"))
    }
}
