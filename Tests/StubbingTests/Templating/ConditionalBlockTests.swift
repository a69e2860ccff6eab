import Testing
@testable import Stubbing

@Suite struct ConditionalBlockTests {
    @Test func ifWithAndWithoutElse() throws {
        #expect(try TemplateFixture.render("{{#if request.query.a}}A{{/if}}.", target: "/?a=1") == "A.")
        #expect(try TemplateFixture.render("{{#if request.query.a}}A{{/if}}.") == ".")
        #expect(try TemplateFixture.render("{{#if request.query.a}}A{{else}}B{{/if}}") == "B")
        #expect(try TemplateFixture.render("{{#if request.query.a}}A{{^}}B{{/if}}") == "B")
    }

    @Test(arguments: [
        ("?v=", false), ("?v=false", false), ("?v=FALSE", false), ("", false),
        ("?v=0", true), ("?v=true", true), ("?v=no", true), ("?v=%20", true),
    ])
    func truthinessOfText(query: String, expected: Bool) throws {
        #expect(try TemplateFixture.render("{{#if request.query.v}}T{{else}}F{{/if}}", target: "/" + query) == (expected ? "T" : "F"))
    }

    @Test(arguments: [
        ("null", false), ("false", false), ("0", false), ("0.0", false), (#""""#, false), (#""false""#, false), ("[]", false),
        ("true", true), ("1", true), ("-2.5", true), (#""x""#, true), ("[0]", true), ("{}", true),
    ])
    func truthinessOfJSON(value: String, expected: Bool) throws {
        let rendered = try TemplateFixture.render("{{#if (jsonPath request.body '$.v')}}T{{else}}F{{/if}}", body: #"{"v": \#(value)}"#)
        #expect(rendered == (expected ? "T" : "F"))
    }

    @Test func literalConditions() throws {
        #expect(try TemplateFixture.render("{{#if true}}T{{/if}}{{#if 0}}X{{/if}}{{#if 'a'}}A{{/if}}{{#if null}}N{{/if}}") == "TA")
    }

    @Test func unless() throws {
        #expect(try TemplateFixture.render("{{#unless request.query.a}}none{{else}}some{{/unless}}") == "none")
        #expect(try TemplateFixture.render("{{#unless request.query.a}}none{{else}}some{{/unless}}", target: "/?a=1") == "some")
    }

    @Test func elseIfChains() throws {
        let template = "{{#if (eq request.method 'GET')}}read{{else if (eq request.method 'POST')}}create{{else unless request.query.x}}other{{else}}x{{/if}}!"
        #expect(try TemplateFixture.render(template, method: "GET") == "read!")
        #expect(try TemplateFixture.render(template, method: "POST") == "create!")
        #expect(try TemplateFixture.render(template, method: "PUT") == "other!")
        #expect(try TemplateFixture.render(template, method: "PUT", target: "/?x=1") == "x!")
    }

    @Test func nestedBlocks() throws {
        let template = "{{#if request.query.a}}[{{#if request.query.b}}ab{{else}}a{{/if}}]{{else}}-{{/if}}"
        #expect(try TemplateFixture.render(template, target: "/?a=1&b=1") == "[ab]")
        #expect(try TemplateFixture.render(template, target: "/?a=1") == "[a]")
        #expect(try TemplateFixture.render(template) == "-")
    }

    @Test func structureErrors() {
        #expect(TemplateFixture.error("{{#if}}x{{/if}}")?.reason.contains("needs a condition") == true)
        #expect(TemplateFixture.error("{{#if request.method request.path}}x{{/if}}")?.reason.contains("takes one value") == true)
        #expect(TemplateFixture.error("{{#if request.method}}a{{else}}b{{else}}c{{/if}}")?.reason.contains("a second {{else}}") == true)
        #expect(TemplateFixture.error("a{{else}}b")?.reason.contains("{{else}} outside a block") == true)
        #expect(TemplateFixture.error("{{#if request.method}}a{{else each}}b{{/if}}")?.reason.contains("expected {{else}}") == true)
        #expect(TemplateFixture.error("{{#with request}}x{{/with}}")?.reason.contains("unknown block helper 'with'") == true)
        #expect(TemplateFixture.error("{{^if request.method}}x{{/if}}")?.reason.contains("inverted sections") == true)
    }
}
