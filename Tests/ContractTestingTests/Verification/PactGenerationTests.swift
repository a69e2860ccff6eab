import Foundation
import Testing
import UnderstudyCore
@testable import ContractTesting

@Suite struct PactGenerationTests {
    private let now = Date(timeIntervalSince1970: 1_767_225_600)

    @Test func fillsPathHeaderQueryAndBodyFromProviderStates() {
        let request = PactRequest(
            method: "PUT", path: "/users/1", query: ["since": ["x"]], headers: ["authorization": ["Bearer example"]],
            body: .json(["id": 1, "name": "Ada", "tags": [["ref": "a"], ["ref": "b"]]]),
            generators: [
                "path": ["type": "ProviderState", "expression": "/users/${id}"],
                "header": ["Authorization": ["type": "ProviderState", "expression": "Bearer ${accessToken}"]],
                "query": ["since": ["type": "Date", "format": "yyyy"]],
                "body": [
                    "$.id": ["type": "ProviderState", "expression": "${id}"],
                    "$.tags[*].ref": ["type": "ProviderState", "expression": "${ref}"],
                ],
            ])
        var random = SeededRandom(seed: 1)
        let context = GenerationContext(mode: .provider, providerState: ["id": 1012, "accessToken": "t0k", "ref": "z"], now: now)
        let prepared = PactGeneration.request(request, context: context, using: &random)
        #expect(prepared.notes.isEmpty)
        #expect(prepared.message.path == "/users/1012")
        #expect(prepared.message.headers == ["authorization": ["Bearer t0k"]])
        #expect(prepared.message.query == ["since": ["2026"]])
        #expect(prepared.message.body == .json(["id": 1012, "name": "Ada", "tags": [["ref": "z"], ["ref": "z"]]]))
    }

    @Test func childGeneratorsWinOverTheirParents() {
        let response = PactResponse(
            body: .json(["a": ["b": "old"]]),
            generators: ["body": ["$.a.b": ["type": "ProviderState", "expression": "child"], "$.a": ["type": "ProviderState", "expression": "${a}"]]])
        var random = SeededRandom(seed: 1)
        let context = GenerationContext(mode: .provider, providerState: ["a": ["b": "parent"]], now: now)
        #expect(PactGeneration.response(response, context: context, using: &random).message.body == .json(["a": ["b": "child"]]))
    }

    @Test func fillsTheStatusButLeavesBytesAsWritten() {
        let bytes = PactBody(contentType: "application/json", content: .bytes(Data(#"{"id":8}"#.utf8)))
        let response = PactResponse(
            status: 200, body: bytes,
            generators: ["status": ["type": "RandomInt", "min": 201, "max": 201], "body": ["$.id": ["type": "RandomInt", "min": 100, "max": 100]]])
        var random = SeededRandom(seed: 1)
        let prepared = PactGeneration.response(response, context: GenerationContext(mode: .consumer, now: now), using: &random)
        #expect(prepared.message.status == 201)
        #expect(prepared.message.body == bytes)
        #expect(prepared.notes == ["body generators apply to JSON bodies only; the example body is sent"])
    }

    @Test func notesWhatItCannotGenerate() {
        let request = PactRequest(
            body: .text("plain", contentType: "text/plain"),
            generators: [
                "body": ["$.x": ["type": "Uuid"]],
                "header": ["X-Id": ["type": "Nonsense"]],
                "method": ["type": "Uuid"],
            ])
        var random = SeededRandom(seed: 1)
        let prepared = PactGeneration.request(request, context: GenerationContext(mode: .provider, now: now), using: &random)
        #expect(prepared.message.body == request.body)
        #expect(prepared.notes.contains("generators.header['X-Id']: unsupported generator type 'Nonsense'"))
        #expect(prepared.notes.contains("generators.method: category not supported, ignored"))
        #expect(prepared.notes.contains("body generators apply to JSON bodies only; the example body is sent"))
    }

    @Test func addsAGeneratedHeaderThatTheExampleLacks() {
        let request = PactRequest(generators: ["header": ["X-Request": ["type": "RandomInt", "min": 3, "max": 3]]])
        var random = SeededRandom(seed: 1)
        let prepared = PactGeneration.request(request, context: GenerationContext(mode: .provider, now: now), using: &random)
        #expect(prepared.message.headers == ["X-Request": ["3"]])
    }
}
