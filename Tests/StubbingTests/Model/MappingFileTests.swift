import Foundation
import Stubbing
import Testing

@Suite struct MappingFileTests {
    func parse(_ text: String, file: String = "stubs/acme.json") -> Result<[StubMapping], StubValidationErrors> {
        MappingFile.parse(Data(text.utf8), file: file)
    }

    func errors(_ text: String) -> [StubValidationError] {
        guard case .failure(let failure) = parse(text) else { return [] }
        return failure.errors
    }

    @Test func singleMappingFile() throws {
        let mappings = try parse(#"{"request": {"urlPath": "/ping"}, "response": {"body": "pong"}}"#).get()
        #expect(mappings.count == 1)
        #expect(mappings[0].response.body == .text("pong"))
    }

    @Test func mappingsFileKeepsOrder() throws {
        let mappings = try parse(#"""
            {"mappings": [{"name": "first"}, {"name": "second"}, {"name": "third"}], "meta": {"total": 3}}
            """#).get()
        #expect(mappings.map(\.name) == ["first", "second", "third"])
    }

    @Test func syntaxErrorsGiveLineAndColumn() {
        #expect(errors("{\n  \"request\": {\n    \"urlPath\": \"/a\",\n  }\n}") == [
            StubValidationError(file: "stubs/acme.json", path: "$",
                reason: "invalid JSON at line 4, column 3: expected a member name in quotes")
        ])
    }

    @Test func reportsEveryProblemOfTheFileWithItsPath() {
        let found = errors(#"""
            {"mappings": [
              {"request": {"urlPath": "/ok"}},
              {"request": {"method": "get", "queryParameters": {"expand": {"equalTo": 1}}}, "response": {"status": 999}},
              {"priority": 0},
              {"request": {"urlPath": "/also-ok"}}
            ]}
            """#)
        #expect(found.map(\.description) == [
            #"stubs/acme.json: $.mappings[1].request.method: must be an upper-case HTTP method such as GET, or ANY, found "get""#,
            "stubs/acme.json: $.mappings[1].request.queryParameters.expand.equalTo: must be a string, found 1",
            "stubs/acme.json: $.mappings[1].response.status: must be an integer from 100 to 599, found 999",
            "stubs/acme.json: $.mappings[2].priority: must be an integer of at least 1, found 0",
        ])
    }

    @Test func duplicateIDsInOneFileAreRejected() {
        #expect(errors(#"""
            {"mappings": [{"id": "5f1c2a9e-3b7d-4c1e-9a55-0d2f7e6b8c41"}, {"uuid": "5F1C2A9E-3B7D-4C1E-9A55-0D2F7E6B8C41"}]}
            """#) == [
            StubValidationError(file: "stubs/acme.json", path: "$.mappings[1].uuid",
                reason: "id 5f1c2a9e-3b7d-4c1e-9a55-0d2f7e6b8c41 is already used by $.mappings[0]")
        ])
    }

    @Test func wrapperIsChecked() {
        #expect(errors(#"{"mappings": {}}"#).map(\.description) == ["stubs/acme.json: $.mappings: must be an array of stub mappings, found object"])
        #expect(errors(#"{"mappings": [], "request": {}}"#).map(\.description) == [#"stubs/acme.json: $.request: unknown field "request""#])
        #expect(errors(#"[{"request": {}}]"#).map(\.description) == ["stubs/acme.json: $: must be an object, found array"])
    }

    @Test func errorsReadAsFilePathReason() {
        #expect(StubValidationError(file: "a.json", path: "$.x", reason: "bad").description == "a.json: $.x: bad")
        #expect(StubValidationError(path: "$.x", reason: "bad").description == "$.x: bad")
        #expect(StubValidationErrors([StubValidationError(path: "$.a", reason: "1"), StubValidationError(path: "$.b", reason: "2")])
            .description == "$.a: 1\n$.b: 2")
    }
}
