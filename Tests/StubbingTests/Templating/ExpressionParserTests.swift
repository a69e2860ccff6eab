import Testing
@testable import Stubbing

@Suite struct ExpressionParserTests {
    @Test func literals() throws {
        #expect(try TemplateFixture.render("{{'text'}}|{{\"dq\"}}|{{42}}|{{-1.5}}|{{true}}|[{{null}}]") == "text|dq|42|-1.5|true|[]")
    }

    @Test func nestedSubExpressions() throws {
        let template = "{{#if (and (eq request.method 'GET') (not (eq request.query.a 'x')))}}ok{{/if}}"
        #expect(try TemplateFixture.render(template, target: "/?a=y") == "ok")
    }

    @Test func whitespaceInsideTagsIsFree() throws {
        #expect(try TemplateFixture.render("{{  jsonPath   request.body\n'$.a'  }}", body: #"{"a": 1}"#) == "1")
    }

    @Test func pathSegmentsSplitOnDotSlashAndBrackets() throws {
        #expect(try ExpressionParser.segments(of: "request.headers.[X.Y-Z]", offset: 0) == ["request", "headers", "X.Y-Z"])
        #expect(try ExpressionParser.segments(of: "../../a/b", offset: 0) == ["..", "..", "a", "b"])
        #expect(try ExpressionParser.segments(of: ".", offset: 0) == ["this"])
        #expect(throws: TemplateSyntaxError.self) { try ExpressionParser.segments(of: "a.[]", offset: 0) }
    }

    @Test func helperNamesAreValuesInArgumentPosition() {
        #expect(TemplateFixture.error("{{#if now}}x{{/if}}")?.reason.contains("unknown name 'now'") == true)
    }
}
