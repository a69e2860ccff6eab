import Testing
import UnderstudyCore
@testable import Stubbing

@Suite struct TemplateJSONPathTests {
    private let document: JSONValue = ["a": ["b": [10, 20, ["c d": "e"]]], "x": "y"]

    private func select(_ path: String) throws -> JSONValue? {
        try TemplateJSONPath(path, offset: 0).evaluate(document)
    }

    @Test func rootSelectsTheDocument() throws {
        #expect(try select("$") == document)
    }

    @Test func dotBracketAndIndexSteps() throws {
        #expect(try select("$.x") == "y")
        #expect(try select("$.a.b[1]") == 20)
        #expect(try select("$.a.b[-1]['c d']") == "e")
        #expect(try select(#"$["a"]["b"][0]"#) == 10)
        #expect(try select("$['a'].b") == [10, 20, ["c d": "e"]])
    }

    @Test func missingStepsSelectNothing() throws {
        #expect(try select("$.nope") == nil)
        #expect(try select("$.a.b[3]") == nil)
        #expect(try select("$.a.b[-4]") == nil)
        #expect(try select("$.x.y") == nil)
        #expect(try select("$.a[0]") == nil)
    }

    @Test(arguments: ["a.b", "$..a", "$.*", "$.a[*]", "$.a[0:2]", "$.a[?(@.b)]", "$.", "$['a", "$.a[1", "$x"])
    func unsupportedPathsAreRejected(path: String) {
        #expect(throws: TemplateSyntaxError.self) { try TemplateJSONPath(path, offset: 0) }
    }
}
