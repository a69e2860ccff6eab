import Testing
@testable import Stubbing

@Suite struct JSONPathHelperTests {
    private let body = #"{"id": 7, "name": "Ada", "ok": true, "none": null, "price": 1.5, "tags": ["a", "b"], "owner": {"name": "Bob", "roles": ["x"]}, "odd key": "v"}"#

    @Test func stringValuesAreUnquoted() throws {
        #expect(try TemplateFixture.render("{{jsonPath request.body '$.name'}}", body: body) == "Ada")
        #expect(try TemplateFixture.render(#"{{jsonPath request.body "$.owner.name"}}"#, body: body) == "Bob")
    }

    @Test func otherValuesAreCompactJSON() throws {
        let template = "{{jsonPath request.body '$.id'}}|{{jsonPath request.body '$.ok'}}|{{jsonPath request.body '$.price'}}|{{jsonPath request.body '$.tags'}}|{{jsonPath request.body '$.owner'}}"
        #expect(try TemplateFixture.render(template, body: body) == #"7|true|1.5|["a","b"]|{"name":"Bob","roles":["x"]}"#)
    }

    @Test func indexesAndBracketNames() throws {
        let template = "{{jsonPath request.body '$.tags[1]'}}|{{jsonPath request.body '$.tags[-1]'}}|{{jsonPath request.body \"$['odd key']\"}}|{{jsonPath request.body '$.owner.roles[0]'}}"
        #expect(try TemplateFixture.render(template, body: body) == "b|b|v|x")
    }

    @Test func missingNullAndNonJSONRenderNothing() throws {
        #expect(try TemplateFixture.render("[{{jsonPath request.body '$.nope'}}]", body: body) == "[]")
        #expect(try TemplateFixture.render("[{{jsonPath request.body '$.none'}}]", body: body) == "[]")
        #expect(try TemplateFixture.render("[{{jsonPath request.body '$.tags[5]'}}]", body: body) == "[]")
        #expect(try TemplateFixture.render("[{{jsonPath request.body '$.name.first'}}]", body: body) == "[]")
        #expect(try TemplateFixture.render("[{{jsonPath request.body '$.a'}}]", body: "not json") == "[]")
    }

    @Test func readsLoopElementsAndOtherValues() throws {
        let template = "{{#each (jsonPath request.body '$.items')}}{{jsonPath this '$.id'}},{{/each}}"
        #expect(try TemplateFixture.render(template, body: #"{"items": [{"id": 1}, {"id": 2}]}"#) == "1,2,")
        #expect(try TemplateFixture.render("{{jsonPath request.query.doc '$.a'}}", target: "/?doc=%7B%22a%22%3A5%7D") == "5")
    }

    @Test func argumentErrors() {
        #expect(TemplateFixture.error("{{jsonPath request.body}}")?.reason.contains("jsonPath takes 2 arguments") == true)
        #expect(TemplateFixture.error("{{jsonPath request.body request.path}}")?.reason.contains("quoted string") == true)
        #expect(TemplateFixture.error("{{jsonPath request.body '$.a' x='1'}}")?.reason.contains("unknown argument 'x'") == true)
        let error = TemplateFixture.error("ab{{jsonPath request.body '$..a'}}")
        #expect(error?.reason.contains("deep scan") == true)
        #expect(error?.column == 27)
    }
}
