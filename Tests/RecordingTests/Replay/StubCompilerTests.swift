import Foundation
import MicroHTTP
import Stubbing
import Testing
import UnderstudyCore
@testable import Recording

@Suite struct StubCompilerTests {
    private func mappings(_ compiled: CompiledStubs) throws -> [JSONValue] {
        try compiled.mappings.map { try JSONValue(parsing: $0.data) }
    }

    private func source(_ entries: [HAREntry], name: String = "session") -> HARSource {
        HARSource(name: name, document: TestEntries.document(entries))
    }

    @Test func oneMappingPerExchangeNamedAndFiledByRecordingAndPosition() throws {
        let compiled = StubCompiler().compile([source([
            TestEntries.entry("GET", "https://api.example/api/v1/users/1012", responseBody: "{}"),
            TestEntries.entry("DELETE", "https://api.example/api/v1/users/1012", status: 204),
        ])])
        #expect(compiled.mappings.map(\.path) == [
            "mappings/session/0000-get-api-v1-users-1012.json", "mappings/session/0001-delete-api-v1-users-1012.json",
        ])
        let first = try mappings(compiled)[0]
        #expect(first["name"] == "GET /api/v1/users/1012 (session #0)")
        #expect(first["request"] == ["method": "GET", "urlPath": "/api/v1/users/1012"])
        #expect(first["metadata"]?["origin"] == "recorded")
        #expect(first["metadata"]?["entry"] == 0)
        #expect(try StubMapping(json: first).id == first["id"]?.stringValue)
        #expect(StubCompiler().compile([source([])]).mappings.isEmpty)
        let again = StubCompiler().compile([source([TestEntries.entry("GET", "https://api.example/api/v1/users/1012", responseBody: "{}")])])
        #expect(again.mappings[0].data == compiled.mappings[0].data)
    }

    @Test func repeatedRequestsBecomeAScenarioChainEndingInARepeat() throws {
        let compiled = StubCompiler().compile([source([
            TestEntries.entry("GET", "https://x/job", responseBody: "queued"),
            TestEntries.entry("GET", "https://x/job", responseBody: "running"),
            TestEntries.entry("GET", "https://x/job", responseBody: "done"),
        ])])
        let chain = try mappings(compiled)
        #expect(Set(chain.compactMap { $0["scenarioName"] }).count == 1)
        #expect(chain.map { $0["requiredScenarioState"] } == ["Started", "2", "3"])
        #expect(chain.map { $0["newScenarioState"] } == ["2", "3", nil])
    }

    @Test func volatileRequestValuesBecomeRegularExpressions() throws {
        let compiled = StubCompiler(profile: .stubs).compile([source([
            TestEntries.entry(
                "POST", "https://x/users?since=2026-03-01&trace=3f2b8c1e-9a4d-4c2b-8e7f-1a2b3c4d5e6f&page=2",
                headers: [("Authorization", "Bearer <redacted:access_token:1>")],
                body: #"{"name":"ada","start":"2026-03-01T10:00:00Z","tags":["a","<redacted:token:1>"],"pw":"<redacted:password:1>"}"#,
                mimeType: "application/json", status: 201),
        ])])
        let request = try #require(try mappings(compiled)[0]["request"])
        #expect(request["queryParameters"]?["since"] == ["matches": "[0-9]{4}-[0-9]{2}-[0-9]{2}"])
        #expect(request["queryParameters"]?["trace"]?["matches"] != nil)
        #expect(request["queryParameters"]?["page"] == ["equalTo": "2"])
        #expect(request["headers"]?["Authorization"] == ["matches": "Bearer .+"])
        let patterns = try #require(request["bodyPatterns"]?.arrayValue)
        #expect(patterns[0] == ["equalToJson": ["name": "ada"], "ignoreExtraElements": true])
        #expect(patterns.dropFirst().contains(["matchesJsonPath": "$.tags"]))
        #expect(patterns.dropFirst().contains(["matchesJsonPath": "$.pw"]))
        #expect(patterns.dropFirst().contains(["matchesJsonPath": ["expression": "$.start", "matches": "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z"]]))
        #expect(try mappings(compiled)[0]["priority"] == 95)
    }

    @Test func theReplayProfileKeepsValuesExactButPlaceholders() throws {
        let compiled = StubCompiler(profile: .replay).compile([source([
            TestEntries.entry("GET", "https://x/users?since=2026-03-01&key=%3Credacted%3Aapi_key%3A1%3E", headers: [("Authorization", "Bearer t")]),
        ])])
        let request = try #require(try mappings(compiled)[0]["request"])
        #expect(request["queryParameters"] == ["since": ["equalTo": "2026-03-01"], "key": ["matches": ".+"]])
        #expect(request["headers"] == nil)
    }

    @Test func formBodiesMatchFieldByFieldWhateverTheirMediaType() throws {
        let compiled = StubCompiler().compile([source([
            TestEntries.entry(
                "POST", "https://oauth.loket.nl/token", body: "grant_type=refresh_token&client_id=abc&refresh_token=<redacted:refresh_token:1>",
                mimeType: "text/plain"),
        ])])
        let request = try #require(try mappings(compiled)[0]["request"])
        #expect(request["formParameters"] == [
            "grant_type": ["equalTo": "refresh_token"], "client_id": ["equalTo": "abc"], "refresh_token": ["matches": ".+"],
        ])
    }

    @Test func responsesTemplatePlaceholdersAndTimestampsNearTheRecording() throws {
        let body = #"{"access_token":"<redacted:access_token:1>","expires":"2026-03-01T11:00:00.1234567Z","born":"1990-05-21T00:00:00Z"}"#
        let compiled = StubCompiler(profile: .stubs).compile([source([
            TestEntries.entry("POST", "https://x/token", responseHeaders: [("Content-Type", "application/json"), ("Content-Length", "99"), ("Date", "x")], responseBody: body),
        ])])
        let response = try #require(try mappings(compiled)[0]["response"])
        #expect(response["transformers"] == ["response-template"])
        #expect(response["headers"] == ["Content-Type": "application/json"])
        let template = try #require(response["body"]?.stringValue)
        #expect(template.contains(#""access_token":"{{randomValue length=32 type='ALPHANUMERIC'}}""#))
        #expect(template.contains(#"{{now offset='3600 seconds' format="yyyy-MM-dd'T'HH:mm:ss.SSS'0000Z'"}}"#))
        #expect(template.contains(#""born":"1990-05-21T00:00:00Z""#))
        let replayed = try #require(try mappings(StubCompiler(profile: .replay).compile([source([
            TestEntries.entry("POST", "https://x/token", responseBody: body),
        ])]))[0]["response"])
        #expect(replayed["body"]?.stringValue == body)
        #expect(replayed["transformers"] == nil)
    }

    @Test func largeBodiesGoToBodyFilesAndBinaryBodiesToBase64() throws {
        let large = "[" + Array(repeating: #"{"name":"someone"}"#, count: 300).joined(separator: ",") + "]"
        var image = TestEntries.entry("GET", "https://x/logo.png", responseType: "image/png")
        image.response.content = HARContent(body: Data([0x89, 0x50, 0x00, 0xFF]), mimeType: "image/png")
        let compiled = StubCompiler(profile: .stubs).compile([source([TestEntries.entry("GET", "https://x/people", responseBody: large), image])])
        let all = try mappings(compiled)
        #expect(all[0]["response"]?["bodyFileName"] == "session/0000-get-people.json")
        #expect(compiled.bodies.map(\.path) == ["__files/session/0000-get-people.json"])
        #expect(compiled.bodies.first?.data == Data(large.utf8))
        #expect(all[1]["response"]?["base64Body"] == .string(Data([0x89, 0x50, 0x00, 0xFF]).base64EncodedString()))
    }

    @Test func contentEncodingStaysOnlyWhenTheRecordedBodyIsStillEncoded() throws {
        let decoded = TestEntries.entry("GET", "https://x/decoded", responseHeaders: [("Content-Encoding", "gzip")], responseBody: #"{"a":1}"#)
        var brotli = TestEntries.entry("GET", "https://x/brotli", responseHeaders: [("Content-Encoding", "br")])
        brotli.response.content = HARContent(
            size: Compressed.brotli.count, mimeType: "text/plain", text: Compressed.brotli.base64EncodedString(), encoding: "base64")
        var rawGzip = TestEntries.entry("GET", "https://x/raw", responseHeaders: [("Content-Encoding", "gzip")])
        rawGzip.response.content = HARContent(body: Compressed.gzip, mimeType: "application/json")
        let all = try mappings(StubCompiler(profile: .replay).compile([source([decoded, brotli, rawGzip])]))
        #expect(all[0]["response"]?["headers"]?["Content-Encoding"] == nil)
        #expect(all[0]["response"]?["body"] == #"{"a":1}"#)
        #expect(all[1]["response"]?["headers"]?["Content-Encoding"] == "br")
        #expect(all[1]["response"]?["base64Body"] == .string(Compressed.brotli.base64EncodedString()))
        #expect(all[2]["response"]?["headers"]?["Content-Encoding"] == "gzip")
        #expect(all[2]["response"]?["base64Body"] == .string(Compressed.gzip.base64EncodedString()))
    }

    @Test func compiledBrowserExportsLoadAsAStubDirectoryAndSkipUnservableEntries() throws {
        let folder = try TemporaryFolder()
        let browser = try HARDocument(data: Data(BrowserHAR.text.utf8))
        let compiled = StubCompiler(profile: .stubs).compile([HARSource(name: "browser", document: browser)])
        #expect(compiled.notes == ["browser entry 4: status 0 cannot be served; skipped"])
        try compiled.write(to: folder.url)
        let loaded = try StubDirectory(url: folder.url).load()
        #expect(loaded.mappings.count == 4)
        let people = try #require(loaded.mappings.first { $0.name?.hasPrefix("GET /api/people") == true })
        #expect(people.response.headers["Content-Encoding"] == nil)
        #expect(people.response.headers[":status"] == nil)
    }

    @Test func aMitmproxyExportCompilesWithItsSecretsRedacted() throws {
        let folder = try TemporaryFolder()
        let source = HARSource(name: "mitm", document: try HARDocument(data: Data(MitmproxyHAR.text.utf8)))
        try StubCompiler(profile: .stubs).compile([source]).write(to: folder.url)
        #expect(try StubDirectory(url: folder.url).load().mappings.count == 3)
        let text = TemporaryFolder.text(under: folder.url)
        #expect(!text.contains("Net2Demo"))
        #expect(!text.contains("bWl0bXByb3h5LWZpeHR1cmU"))
        #expect(text.contains("<redacted:password:1>"))
        let contract = String(decoding: PactCompiler(consumer: "c", provider: "p").compile([source]).v4Data(), as: UTF8.self)
        #expect(!contract.contains("Net2Demo") && !contract.contains("bWl0bXByb3h5LWZpeHR1cmU"))
    }

    @Test func writingReplacesWhatAnEarlierCompileOfTheSameRecordingWrote() throws {
        let folder = try TemporaryFolder()
        let other = folder.file("mappings/hand-written.json")
        try FileManager.default.createDirectory(at: other.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(#"{"request":{"urlPath":"/x"},"response":{"status":200}}"#.utf8).write(to: other)
        let two = StubCompiler().compile([source([TestEntries.entry("GET", "https://x/a"), TestEntries.entry("GET", "https://x/b")])])
        try two.write(to: folder.url)
        let one = StubCompiler().compile([source([TestEntries.entry("GET", "https://x/c")])])
        try one.write(to: folder.url)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.file("mappings/session").path)
        #expect(files == ["0000-get-c.json"])
        #expect(FileManager.default.fileExists(atPath: other.path))
    }
}
