import Testing
@testable import Stubbing

@Suite struct TemplateScannerTests {
    @Test func comments() throws {
        #expect(try TemplateFixture.render("a{{! a comment }}b") == "ab")
        #expect(try TemplateFixture.render("a{{!-- may hold }} and {{request.path}} --}}b") == "ab")
        #expect(try TemplateFixture.render("a{{!-- multi\nline --}}b") == "ab")
    }

    @Test func whitespaceControl() throws {
        let template = """
            [
              {{~#each request.query.v~}}
                {{this}}
              {{~/each~}}
            ]
            """
        #expect(try TemplateFixture.render(template, target: "/?v=1&v=2") == "[12]")
        #expect(try TemplateFixture.render("a \n {{~request.method}} b") == "aGET b")
        #expect(try TemplateFixture.render("a {{request.method~}} \n b") == "a GETb")
        #expect(try TemplateFixture.render("a {{~! note ~}} b") == "ab")
        #expect(try TemplateFixture.render("a {{~{request.method}~}} b") == "aGETb")
    }

    @Test func withoutTildeWhitespaceIsKept() throws {
        #expect(try TemplateFixture.render("  {{#if true}}\n  x\n  {{/if}}\n") == "  \n  x\n  \n")
    }

    @Test func backslashEscapesATag() throws {
        #expect(try TemplateFixture.render(#"\{{request.method}} {{request.method}}"#) == "{{request.method}} GET")
        #expect(try TemplateFixture.render(#"\\{{request.method}}"#) == #"\GET"#)
        #expect(try TemplateFixture.render(#"a\b\{c"#) == #"a\b\{c"#)
    }

    @Test func closingMarkersInsideStringsDoNotEndATag() throws {
        #expect(try TemplateFixture.render("{{#if (eq request.query.q '}}')}}yes{{/if}}", target: "/?q=%7D%7D") == "yes")
    }

    @Test func ampersandIsUnescaped() throws {
        #expect(try TemplateFixture.render("{{&request.query.q}}", target: "/?q=%3Cb%3E") == "<b>")
    }

    @Test func scanErrors() {
        #expect(TemplateFixture.error("ab {{request.path")?.reason.contains("unclosed tag") == true)
        #expect(TemplateFixture.error("{{{request.path}}")?.reason.contains("'}}}'") == true)
        #expect(TemplateFixture.error("{{!-- never closed }}")?.reason.contains("unclosed comment: missing '--}}'") == true)
        #expect(TemplateFixture.error("{{> partial}}")?.reason.contains("partials") == true)
    }
}
