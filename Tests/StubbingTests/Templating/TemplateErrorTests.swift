import Testing
@testable import Stubbing

@Suite struct TemplateErrorTests {
    @Test func unclosedBlockPointsAtItsOpeningTag() throws {
        let error = try #require(TemplateFixture.error("line one\n  {{#if request.query.a}}\n  yes\n"))
        #expect(error.reason == "unclosed {{#if}}: missing {{/if}}")
        #expect((error.line, error.column, error.offset) == (2, 3, 11))
        #expect(error.description == "template error at line 2, column 3: unclosed {{#if}}: missing {{/if}}")
    }

    @Test func innermostUnclosedBlockIsReported() throws {
        let error = try #require(TemplateFixture.error("{{#each request.query.a}}\n{{#if this}}x{{else if @first}}y{{/each}}"))
        #expect(error.reason.contains("{{/each}} does not close {{#if}} (opened at line 2, column 1)"))
        #expect(error.line == 2)
    }

    @Test func closingWithoutOpening() throws {
        let error = try #require(TemplateFixture.error("ok\n{{/if}}"))
        #expect(error.reason == "{{/if}} without an opening {{#if}}")
        #expect((error.line, error.column) == (2, 1))
    }

    @Test func unknownHelperPointsAtItsName() throws {
        let error = try #require(TemplateFixture.error("{\"a\": \"{{ upper request.path }}\"}"))
        #expect(error.reason.hasPrefix("unknown helper 'upper'"))
        #expect((error.line, error.column) == (1, 11))
        let nested = try #require(TemplateFixture.error("{{#if (size request.query.a)}}{{/if}}"))
        #expect(nested.reason.hasPrefix("unknown helper 'size'"))
        #expect(nested.column == 8)
    }

    @Test func badArgumentPointsAtTheArgument() throws {
        let error = try #require(TemplateFixture.error("é {{now offset='3 parsecs'}}"))
        #expect(error.reason.contains("bad offset '3 parsecs'"))
        #expect(error.column == 16)
        #expect(error.offset == 16)
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let error = try #require(TemplateFixture.error("ünïcödé {{request.nope}}"))
        #expect(error.column == 11)
    }

    @Test func unterminatedStringAndParenthesis() {
        #expect(TemplateFixture.error("{{#if (eq request.method 'GET')}}{{/if}}{{jsonPath request.body \"$.a}}")?.reason.contains("unclosed tag") == true)
        #expect(TemplateFixture.error("{{#if (eq request.method 'GET'}}x{{/if}}")?.reason.contains("unclosed '('") == true)
        #expect(TemplateFixture.error("{{}}")?.reason == "empty tag")
        #expect(TemplateFixture.error("{{request.path extra}}")?.reason.hasPrefix("unknown helper 'request.path'") == true)
        #expect(TemplateFixture.error("{{'a' 'b'}}")?.reason == "unexpected text after the value")
        #expect(TemplateFixture.error("{{now) }}")?.reason == "unexpected ')'")
    }
}
