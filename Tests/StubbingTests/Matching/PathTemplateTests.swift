import Stubbing
import Testing

@Suite struct PathTemplateTests {
    @Test func variablesCaptureWholeSegments() throws {
        let template = try PathTemplate("/v2/contacts/{contactId}/notes/{noteId}")
        #expect(template.match("/v2/contacts/42/notes/7") == ["contactId": "42", "noteId": "7"])
        #expect(template.match("/v2/contacts/42/notes") == nil)
        #expect(template.match("/v2/contacts//notes/7") == nil)
        #expect(template.match("/v2/contacts/4/2/notes/7") == nil)
        #expect(template.match("/v2/contacts/42/notes/7/") == nil)
        #expect(template.variableNames == ["contactId", "noteId"])
        #expect(template.literalPrefix == "/v2/contacts/")
    }

    @Test func capturedValuesArePercentDecoded() throws {
        let template = try PathTemplate("/users/{email}")
        #expect(template.match("/users/ada%40example.com") == ["email": "ada@example.com"])
        #expect(template.match("/users/a%2Fb") == ["email": "a/b"])
    }

    @Test func variablesMayShareASegmentWithText() throws {
        let template = try PathTemplate("/files/{name}.{extension}")
        #expect(template.match("/files/report.v2.pdf") == ["name": "report.v2", "extension": "pdf"])
        #expect(template.match("/files/report") == nil)
    }

    @Test func doubleStarMatchesAcrossSegments() throws {
        let template = try PathTemplate("/static/**/logo.png")
        #expect(template.match("/static/a/b/logo.png") == ["0": "a/b"])
        #expect(template.match("/static/logo.png") == nil)
    }

    @Test func formatCharactersAreDroppedFromNames() throws {
        #expect(try PathTemplate("/a/{id*}").variableNames == ["id"])
    }

    @Test func literalOnlyTemplateMatchesExactly() throws {
        let template = try PathTemplate("/health")
        #expect(template.match("/health") == [:])
        #expect(template.match("/healthz") == nil)
        #expect(template.literalPrefix == "/health")
    }

    @Test func templateStartingWithAVariableHasNoPrefix() throws {
        #expect(try PathTemplate("{tenant}/x").literalPrefix == "")
    }

    @Test(arguments: [
        ("/a/{id", "'{' without a matching '}'"),
        ("/a/id}", "'}' without a matching '{'"),
        ("/a/{}", "a variable needs a name, like {id}"),
        ("/a/{id}/{id}", "variable {id} appears twice"),
    ])
    func malformedTemplatesAreRejected(template: String, reason: String) {
        #expect(throws: PathTemplateError(reason: reason)) { try PathTemplate(template) }
    }
}
