import Testing
@testable import Stubbing

/// WireMock 3 renders `{{…}}` without HTML escaping (`templateEscapingDisabled` defaults to
/// true), so both `{{…}}` and `{{{…}}}` write values exactly as they are.
@Suite struct EscapingTests {
    private let body = #"{"html": "<a href=\"x\">Tom & 'Jerry'</a>", "list": [{"k": "v"}]}"#

    @Test func doubleBracesDoNotEscapeHTML() throws {
        #expect(try TemplateFixture.render("{{jsonPath request.body '$.html'}}", body: body) == #"<a href="x">Tom & 'Jerry'</a>"#)
    }

    @Test func tripleBracesGiveTheSameText() throws {
        let double = try TemplateFixture.render("{{jsonPath request.body '$.html'}}", body: body)
        #expect(try TemplateFixture.render("{{{jsonPath request.body '$.html'}}}", body: body) == double)
    }

    @Test func jsonQuotesSurvive() throws {
        #expect(try TemplateFixture.render("{{jsonPath request.body '$.list'}}", body: body) == #"[{"k":"v"}]"#)
        #expect(try TemplateFixture.render("{{request.body}}", body: body) == body)
    }
}
