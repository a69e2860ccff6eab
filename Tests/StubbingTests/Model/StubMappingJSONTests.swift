import Foundation
import Stubbing
import Testing
import UnderstudyCore

@Suite struct StubMappingJSONTests {
    @Test func readsTheTopLevelFields() throws {
        let mapping = try stub(#"""
            {"id": "5F1C2A9E-3B7D-4C1E-9A55-0D2F7E6B8C41", "name": "get contact", "priority": 2, "persistent": true,
             "scenarioName": "s", "requiredScenarioState": "Started", "newScenarioState": "next",
             "metadata": {"vendor": "acme", "tags": [1]},
             "request": {"method": "GET", "urlPath": "/a"}, "response": {"status": 204}}
            """#)
        #expect(mapping.id == "5f1c2a9e-3b7d-4c1e-9a55-0d2f7e6b8c41")
        #expect(mapping.name == "get contact")
        #expect(mapping.priority == 2)
        #expect(mapping.persistent)
        #expect(mapping.scenarioName == "s" && mapping.requiredScenarioState == "Started" && mapping.newScenarioState == "next")
        #expect(mapping.metadata == ["vendor": "acme", "tags": [1]])
        #expect(mapping.request.url == .urlPath("/a"))
        #expect(mapping.response.status == 204)
        #expect(mapping.displayName == "get contact (5f1c2a9e-3b7d-4c1e-9a55-0d2f7e6b8c41)")
    }

    @Test func missingPartsTakeWireMockDefaults() throws {
        let mapping = try stub("{}")
        #expect(mapping.priority == 5)
        #expect(mapping.request.url == .any && mapping.request.method == "ANY")
        #expect(mapping.response.status == 200)
        #expect(mapping.name == nil && mapping.metadata == nil && !mapping.persistent)
    }

    @Test func generatedIDIsAUUIDAddedToTheEchoedJSON() throws {
        let given = try json(#"{"request": {"urlPath": "/a"}, "response": {"body": "x"}}"#)
        let mapping = try StubMapping(json: given)
        #expect(UUID(uuidString: mapping.id) != nil)
        #expect(mapping.id == mapping.id.lowercased())
        var expected = given.objectValue!
        expected["id"] = .string(mapping.id)
        #expect(mapping.json == .object(expected))
        #expect(try StubMapping(json: given).id != mapping.id)
    }

    @Test func givenIDIsEchoedAsWritten() throws {
        let given = try json(#"{"id": "5F1C2A9E-3B7D-4C1E-9A55-0D2F7E6B8C41"}"#)
        #expect(try StubMapping(json: given).json == given)
    }

    @Test func uuidServesAsID() throws {
        let mapping = try stub(#"{"uuid": "5f1c2a9e-3b7d-4c1e-9a55-0d2f7e6b8c41"}"#)
        #expect(mapping.id == "5f1c2a9e-3b7d-4c1e-9a55-0d2f7e6b8c41")
        #expect(mapping.json["id"] == "5f1c2a9e-3b7d-4c1e-9a55-0d2f7e6b8c41")
    }

    @Test func schemaHintIsAllowed() throws {
        #expect(throws: Never.self) { try stub(#"{"$schema": "https://example.com/wiremock.json"}"#) }
    }

    @Test(arguments: [
        (#"[]"#, "$", "must be an object, found array"),
        (#"{"id": "contact-1"}"#, "$.id", #"must be a UUID such as 5f1c2a9e-3b7d-4c1e-9a55-0d2f7e6b8c41, found "contact-1""#),
        (#"{"id": "5f1c2a9e-3b7d-4c1e-9a55-0d2f7e6b8c41", "uuid": "6f1c2a9e-3b7d-4c1e-9a55-0d2f7e6b8c41"}"#, "$.uuid",
            "differs from id; uuid is only another name for id"),
        (#"{"priority": 0}"#, "$.priority", "must be an integer of at least 1, found 0"),
        (#"{"name": 1}"#, "$.name", "must be a string, found 1"),
        (#"{"persistent": "yes"}"#, "$.persistent", #"must be true or false, found "yes""#),
        (#"{"metadata": "x"}"#, "$.metadata", #"must be an object, found "x""#),
        (#"{"requiredScenarioState": "Started"}"#, "$.requiredScenarioState", "needs a scenarioName"),
        (#"{"scenarioName": "s", "newScenarioState": 2}"#, "$.newScenarioState", "must be a string, found 2"),
        (#"{"request": "GET /"}"#, "$.request", #"must be an object, found "GET /""#),
        (#"{"reqest": {}}"#, "$.reqest", #"unknown field "reqest"; did you mean "request"?"#),
        (#"{"serveEventListeners": []}"#, "$.serveEventListeners", #"WireMock's "serveEventListeners" is not supported by Understudy"#),
    ])
    func brokenMappingsAreReportedWhereTheyAre(mapping: String, path: String, reason: String) throws {
        #expect(try validationError(mapping) == StubValidationError(path: path, reason: reason))
    }
}
