import Testing
import UnderstudyCore

@Suite struct JSONPathParserTests {
    @Test func wellFormedExpressionsParse() throws {
        for expression in [
            "$", "$.a", "$['a b']", "$[\"a\"]", "$.a[0]", "$.a[-1]", "$.a[0, 2]", "$.a[1:]", "$.a[:2]", "$.a[ * ]",
            "$..a", "$..*", "$..[0]", "a.b", "$[?(@.a == 'x' && (@.b > 1 || !@.c))]", "$[?(@ =~ /a\\/b/i)]",
            "$[?(@.a != null)]", "$[?(@.a >= -1.5)]", "$[?(@.a <= $.b)]",
        ] {
            #expect(throws: Never.self, "\(expression)") { try JSONPath(expression) }
        }
    }

    @Test(arguments: [
        ("", 0, "the expression is empty"),
        ("$.", 2, "expected a member name"),
        ("$.a[", 4, "expected an index, a slice, a quoted name, '*' or '?'"),
        ("$.a[0", 5, "missing ']'"),
        ("$.a['b", 6, "unterminated string"),
        ("$.a[0:1:2]", 8, "slice steps are not supported"),
        ("$.a.length()", 10, "functions such as length() are not supported"),
        ("$.a b", 4, "unexpected 'b'"),
        ("$[?(@.a = 1)]", 8, "use '==' to compare"),
        ("$[?(@.a in ['x'])]", 8, "the filter operator 'in' is not supported"),
        ("$[?(@.a =~ /[/)]", 11, "invalid regular expression /[/"),
        ("$[?(@.a =~ 'x')]", 11, "expected a regular expression like /pattern/"),
        ("$[?(@.a == 1]", 12, "missing ')'"),
        ("$[?('x')]", 7, "expected a comparison operator"),
    ])
    func malformedExpressionsAreRejectedWithPosition(expression: String, position: Int, reason: String) {
        #expect(throws: JSONPathError(expression: expression, position: position, reason: reason)) {
            try JSONPath(expression)
        }
    }

    @Test func errorDescriptionNamesExpressionPositionAndReason() {
        let error = JSONPathError(expression: "$.", position: 2, reason: "expected a member name")
        #expect(error.description == "invalid JSONPath \"$.\" at position 2: expected a member name")
    }
}
