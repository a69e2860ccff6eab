import Foundation
import Testing
import UnderstudyCore
@testable import Stubbing

@Suite struct ResponseTemplateTests {
    @Test func literalTextPassesThroughUntouched() throws {
        let text = "plain text, with } and { and }} but no tag\n\ttabs and ünïcödé"
        let template = try ResponseTemplate(text)
        #expect(template.literalText == text)
        #expect(template.render(TemplateFixture.context()) == text)
    }

    @Test func jsonBracesAreLiteral() throws {
        let json = #"{"a": {"b": 1}, "c": [{"d": {}}]}"#
        #expect(try TemplateFixture.render(json) == json)
        let mixed = #"{"a": {"b": "{{request.method}}"}}"#
        #expect(try TemplateFixture.render(mixed, method: "PUT") == #"{"a": {"b": "PUT"}}"#)
    }

    @Test func closingBracesAfterATagStayLiteral() throws {
        #expect(try TemplateFixture.render(#"{"x":{"y":"{{request.method}}"}}"#) == #"{"x":{"y":"GET"}}"#)
    }

    @Test func emptyTemplateRendersEmpty() throws {
        let template = try ResponseTemplate("")
        #expect(template.literalText == "")
        #expect(template.render(TemplateFixture.context()).isEmpty)
    }

    @Test func templateWithTagsIsNotLiteral() throws {
        #expect(try ResponseTemplate("{{request.path}}").literalText == nil)
        #expect(try ResponseTemplate("a{{! note }}b \\{{x").literalText == "ab {{x")
    }

    @Test func sourceIsKept() throws {
        #expect(try ResponseTemplate("a{{request.url}}").source == "a{{request.url}}")
    }

    @Test func jsonBodyTemplateRendersValidJSON() throws {
        let template = """
            {
              "id": "{{request.path.contactId}}",
              "method": "{{request.method}}",
              "name": "{{{jsonPath request.body '$.name'}}}",
              "tags": [{{#each (jsonPath request.body '$.tags')}}"{{this}}"{{#unless @last}}, {{/unless}}{{/each}}],
              "address": {{jsonPath request.body '$.address'}},
              "page": {{#if request.query.page}}{{request.query.page}}{{else}}1{{/if}},
              "vip": {{#if (eq (jsonPath request.body '$.tags[0]') 'vip')}}true{{else}}false{{/if}},
              "created": "{{now format='yyyy-MM-dd'}}"
            }
            """
        let body = #"{"name": "Ada Lovelace", "tags": ["vip", "math"], "address": {"city": "London", "zip": null}}"#
        let output = try TemplateFixture.render(
            template, method: "POST", target: "/v2/contacts/42?page=3", body: body, pathParameters: ["contactId": "42"])
        let rendered = try JSONValue(parsing: output)
        let expected: JSONValue = [
            "id": "42", "method": "POST", "name": "Ada Lovelace", "tags": ["vip", "math"],
            "address": ["city": "London", "zip": nil], "page": 3, "vip": true, "created": "2026-01-01",
        ]
        #expect(rendered == expected)
    }

    @Test func renderingTwiceGivesTheSameText() throws {
        let template = try ResponseTemplate("{{request.path}} {{randomValue length=8}} {{now}}")
        let context = TemplateFixture.context(target: "/a")
        #expect(template.render(context) == template.render(context))
    }

    @Test func compiledTemplateIsSharedAcrossTasks() async throws {
        let template = try ResponseTemplate("{{request.query.n}}")
        let results = await withTaskGroup(of: String.self) { group in
            for number in 0..<20 {
                group.addTask { template.render(TemplateFixture.context(target: "/?n=\(number)")) }
            }
            return await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(results == Set((0..<20).map(String.init)))
    }
}
