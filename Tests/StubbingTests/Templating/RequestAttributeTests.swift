import UnderstudyCore
import MicroHTTP
import Testing
@testable import Stubbing

@Suite struct RequestAttributeTests {
    @Test func urlIsPathAndQueryAsSent() throws {
        #expect(try TemplateFixture.render("{{request.url}}", target: "/a%20b/c?x=1&y=%2F") == "/a%20b/c?x=1&y=%2F")
    }

    @Test func pathIsDecoded() throws {
        #expect(try TemplateFixture.render("{{request.path}}", target: "/a%20b/c?x=1") == "/a b/c")
    }

    @Test func pathSegmentsByIndex() throws {
        let target = "/v2/contacts/42%2F7?x=1"
        #expect(try TemplateFixture.render("{{request.pathSegments.[0]}}|{{request.pathSegments.[2]}}", target: target) == "v2|42/7")
        #expect(try TemplateFixture.render("{{request.path.[1]}}", target: target) == "contacts")
        #expect(try TemplateFixture.render("[{{request.path.[9]}}]", target: target) == "[]")
    }

    @Test func eachIteratesPathSegments() throws {
        #expect(try TemplateFixture.render("{{#each request.pathSegments}}<{{this}}>{{/each}}", target: "/a/b/c") == "<a><b><c>")
    }

    @Test func namedPathParameterFromTheTemplateMatch() throws {
        let rendered = try TemplateFixture.render(
            "{{request.path.contactId}}/{{request.path.missing}}", target: "/v2/contacts/42", pathParameters: ["contactId": "42"])
        #expect(rendered == "42/")
    }

    @Test func queryFirstAndNthValues() throws {
        let template = "{{request.query.tag}}|{{request.query.tag.[1]}}|{{request.query.q}}|{{request.query.none}}|"
        #expect(try TemplateFixture.render(template, target: "/s?tag=a&q=two+words&tag=b%26c") == "a|b&c|two words||")
    }

    @Test func eachIteratesQueryValues() throws {
        let rendered = try TemplateFixture.render("{{#each request.query.id}}{{@index}}={{this}};{{/each}}", target: "/?id=7&id=8")
        #expect(rendered == "0=7;1=8;")
    }

    @Test func headersAreCaseInsensitiveWithIndexes() throws {
        let headers: HTTPHeaders = ["X-Request-Id": "r1", "Accept": "a/1", "accept": "a/2"]
        let template = "{{request.headers.x-request-id}}|{{request.headers.[X-REQUEST-ID]}}|{{request.headers.Accept.[1]}}|{{request.headers.Accept}}"
        #expect(try TemplateFixture.render(template, headers: headers) == "r1|r1|a/2|a/1")
    }

    @Test func cookies() throws {
        let headers: HTTPHeaders = ["Cookie": "session=s1; theme=dark"]
        #expect(try TemplateFixture.render("{{request.cookies.theme}}/{{request.cookies.session}}", headers: headers) == "dark/s1")
    }

    @Test func methodAndBody() throws {
        #expect(try TemplateFixture.render("{{request.method}} {{request.body}}", method: "PATCH", body: #"{"a":1}"#) == #"PATCH {"a":1}"#)
    }

    @Test func baseURLFromTheHostHeader() throws {
        let headers: HTTPHeaders = ["Host": "127.0.0.1:8101"]
        #expect(try TemplateFixture.render("{{request.baseUrl}}/x", headers: headers) == "http://127.0.0.1:8101/x")
        #expect(try TemplateFixture.render("[{{request.baseUrl}}]") == "[]")
        let secure = HTTPRequest(method: "GET", target: "/", headers: headers, scheme: "https")
        let context = TemplateContext(
            request: secure, pathParameters: [:], now: TemplateFixture.now, randomNumberGenerator: SeededRandomNumberGenerator(seed: 1))
        #expect(try ResponseTemplate("{{request.baseUrl}}/x").render(context) == "https://127.0.0.1:8101/x")
    }

    @Test func unknownAttributeIsACompileError() {
        let error = TemplateFixture.error("{{request.pathParams.id}}")
        #expect(error?.reason.contains("unknown request attribute 'pathParams'") == true)
        #expect(error?.column == 3)
    }

    @Test func malformedAttributesAreCompileErrors() {
        #expect(TemplateFixture.error("{{request}}")?.reason.contains("needs an attribute") == true)
        #expect(TemplateFixture.error("{{request.query}}")?.reason.contains("needs a name") == true)
        #expect(TemplateFixture.error("{{request.query.a.b}}")?.reason.contains("takes an index") == true)
        #expect(TemplateFixture.error("{{request.pathSegments.x}}")?.reason.contains("takes an index") == true)
        #expect(TemplateFixture.error("{{request.method.x}}")?.reason.contains("unexpected 'x' after request.method") == true)
    }
}
