import Testing
@testable import Stubbing

@Suite struct EachBlockTests {
    private let body = #"{"items": [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}, {"id": 3, "name": "c"}], "map": {"z": 26, "a": 1}, "empty": [], "owner": "o"}"#

    private func render(_ template: String) throws -> String {
        try TemplateFixture.render(template, target: "/list?sort=asc", body: body)
    }

    @Test func iteratesAJSONArrayWithThisAndLoopVariables() throws {
        let template = "{{#each (jsonPath request.body '$.items')}}{{@index}}:{{this.id}}:{{name}}{{#if @first}}(first){{/if}}{{#if @last}}(last){{/if}};{{/each}}"
        #expect(try render(template) == "0:1:a(first);1:2:b;2:3:c(last);")
    }

    @Test func iteratesAnObjectBySortedKey() throws {
        #expect(try render("{{#each (jsonPath request.body '$.map')}}{{@key}}={{this}},{{/each}}") == "a=1,z=26,")
    }

    @Test func thisRendersElementsAsJSONOrText() throws {
        #expect(try render("{{#each (jsonPath request.body '$.items')}}{{this}}{{/each}}") == #"{"id":1,"name":"a"}{"id":2,"name":"b"}{"id":3,"name":"c"}"#)
    }

    @Test func elseRendersWhenThereIsNothingToIterate() throws {
        #expect(try render("{{#each (jsonPath request.body '$.empty')}}x{{else}}none{{/each}}") == "none")
        #expect(try render("{{#each (jsonPath request.body '$.missing')}}x{{else}}none{{/each}}") == "none")
        #expect(try render("{{#each request.query.nope}}x{{else}}{{request.query.sort}}{{/each}}") == "asc")
    }

    @Test func blockParameters() throws {
        let template = "{{#each (jsonPath request.body '$.items') as |item position|}}{{position}}={{item.name}} {{/each}}"
        #expect(try render(template) == "0=a 1=b 2=c ")
        #expect(try render("{{#each (jsonPath request.body '$.map') as |value name|}}{{name}}:{{value}} {{/each}}") == "a:1 z:26 ")
    }

    @Test func nestedLoopsAndParentAccess() throws {
        let template = "{{#each (jsonPath request.body '$.items') as |item|}}{{#each (jsonPath request.body '$.map')}}{{item.id}}{{@key}}{{../name}}{{@index}} {{/each}}{{/each}}"
        #expect(try render(template) == "1aa0 1za1 2ab0 2zb1 3ac0 3zc1 ")
    }

    @Test func bareNamesSearchOutwardAndRequestStaysReachable() throws {
        let template = "{{#each (jsonPath request.body '$.items')}}{{#each (jsonPath request.body '$.map')}}{{name}}{{/each}}{{request.query.sort}}{{../request.method}}{{@root.request.path}}|{{/each}}"
        #expect(try render(template) == "aaascGET/list|bbascGET/list|ccascGET/list|")
    }

    @Test func iteratesTheCurrentElement() throws {
        let template = "{{#each (jsonPath request.body '$.items')}}{{#each this}}{{@key}}{{/each}};{{/each}}"
        #expect(try render(template) == "idname;idname;idname;")
    }

    @Test func loopNamesOutsideALoopAreCompileErrors() {
        #expect(TemplateFixture.error("{{this}}")?.reason.contains("only available inside {{#each}}") == true)
        #expect(TemplateFixture.error("{{@index}}")?.reason.contains("only available inside {{#each}}") == true)
        #expect(TemplateFixture.error("{{name}}")?.reason.contains("unknown name 'name'") == true)
        #expect(TemplateFixture.error("{{#each request.query.a}}{{@count}}{{/each}}")?.reason.contains("unknown variable '@count'") == true)
        #expect(TemplateFixture.error("{{#each request.query.a}}{{../../x}}{{/each}}")?.reason.contains("goes above the top") == true)
        #expect(TemplateFixture.error("{{#each}}x{{/each}}")?.reason.contains("needs something to iterate") == true)
        #expect(TemplateFixture.error("{{#each request.query.a as item}}x{{/each}}")?.reason.contains("expected 'as |name|'") == true)
        #expect(TemplateFixture.error("{{#each request.query.a as |a b c|}}x{{/each}}")?.reason.contains("as |item index|") == true)
        #expect(TemplateFixture.error("{{#each request.query.a}}x{{else}}{{this}}{{/each}}")?.reason.contains("only available inside") == true)
    }
}
