import Foundation
import MicroHTTP
import Testing
@testable import Recording

@Suite struct ReplayServerTests {
    private func write(_ entries: [HAREntry], to folder: TemporaryFolder, name: String = "session.har") throws -> URL {
        let url = folder.file(name)
        try TestEntries.document(entries).encoded().write(to: url)
        return url
    }

    @Test func repeatedRequestsReplayInRecordedOrderThenRepeatTheLast() async throws {
        let folder = try TemporaryFolder()
        let har = try write([
            TestEntries.entry("GET", "https://api.example/status", responseBody: #"{"state":"queued"}"#),
            TestEntries.entry("GET", "https://api.example/other", responseBody: #"{"other":true}"#),
            TestEntries.entry("GET", "https://api.example/status", responseBody: #"{"state":"running"}"#),
            TestEntries.entry("GET", "https://api.example/status", responseBody: #"{"state":"done"}"#),
        ], to: folder)
        let replay = try Proxies.replay([har])
        defer { replay.stop() }
        var states: [String] = []
        for _ in 0..<5 { states.append(try await TestClient.get(replay.baseURL + "/status").text) }
        #expect(states == [#"{"state":"queued"}"#, #"{"state":"running"}"#, #"{"state":"done"}"#, #"{"state":"done"}"#, #"{"state":"done"}"#])
        let reset = try await TestClient.send("POST", replay.baseURL + "/__admin/scenarios/reset")
        #expect(reset.status == 200)
        #expect(try await TestClient.get(replay.baseURL + "/status").text == #"{"state":"queued"}"#)
    }

    @Test func requestsMatchOnMethodPathQueryAndTheBodyOfWrites() async throws {
        let folder = try TemporaryFolder()
        let har = try write([
            TestEntries.entry("GET", "https://api.example/users", responseBody: "all"),
            TestEntries.entry("GET", "https://api.example/users?page=2", responseBody: "page 2"),
            TestEntries.entry("POST", "https://api.example/users", body: #"{"name":"ada"}"#, mimeType: "application/json", status: 201, responseBody: "ada"),
            TestEntries.entry("POST", "https://api.example/users", body: #"{"name":"bob"}"#, mimeType: "application/json", status: 201, responseBody: "bob"),
            TestEntries.entry("GET", "https://api.example/search?q=x", body: "ignored for reads", responseBody: "found"),
        ], to: folder)
        let replay = try Proxies.replay([har])
        defer { replay.stop() }
        #expect(try await TestClient.get(replay.baseURL + "/users").text == "all")
        #expect(try await TestClient.get(replay.baseURL + "/users?page=2").text == "page 2")
        let bob = try await TestClient.send("POST", replay.baseURL + "/users", headers: ["Content-Type": "application/json"], body: #"{ "name": "bob" }"#)
        #expect(bob.status == 201)
        #expect(bob.text == "bob")
        #expect(try await TestClient.get(replay.baseURL + "/search?q=x").text == "found")
        let carol = try await TestClient.send("POST", replay.baseURL + "/users", body: #"{"name":"carol"}"#)
        #expect(carol.status == 404)
        #expect(carol.text.contains("understudy replay: this request was not recorded."))
        #expect(carol.text.contains("POST /users"))
        #expect(replay.unrecordedCount == 1)
    }

    @Test func placeholdersInRecordedRequestsMatchAnyValue() async throws {
        let folder = try TemporaryFolder()
        let har = try write([
            TestEntries.entry(
                "POST", "https://api.example/token?client=%3Credacted%3Aclient_secret%3A1%3E", body: "grant_type=password&password=<redacted:password:1>",
                mimeType: "application/x-www-form-urlencoded", responseBody: #"{"access_token":"<redacted:access_token:1>"}"#),
            TestEntries.entry("GET", "https://api.example/keys/%3Credacted%3Aapi_key%3A1%3E/info", responseBody: "key info"),
            TestEntries.entry("PUT", "https://api.example/me", body: #"{"name":"ada","secret":"<redacted:secret:1>"}"#, mimeType: "application/json", responseBody: "saved"),
        ], to: folder)
        let replay = try Proxies.replay([har])
        defer { replay.stop() }
        let token = try await TestClient.send("POST", replay.baseURL + "/token?client=real-secret", body: "grant_type=password&password=hunter2")
        #expect(token.text == #"{"access_token":"<redacted:access_token:1>"}"#)
        #expect(try await TestClient.get(replay.baseURL + "/keys/k-123/info").text == "key info")
        #expect(try await TestClient.send("PUT", replay.baseURL + "/me", body: #"{"secret":"s3","name":"ada"}"#).text == "saved")
        #expect(try await TestClient.send("PUT", replay.baseURL + "/me", body: #"{"secret":"s3","name":"bob"}"#).status == 404)
    }

    @Test func strictAnswersUnrecordedRequestsWith500AndCountsThem() async throws {
        let folder = try TemporaryFolder()
        let har = try write([TestEntries.entry("GET", "https://api.example/known", responseBody: "yes")], to: folder)
        let replay = try Proxies.replay([har], strict: true)
        defer { replay.stop() }
        #expect(try await TestClient.get(replay.baseURL + "/known").text == "yes")
        let unknown = try await TestClient.get(replay.baseURL + "/unknown")
        #expect(unknown.status == 500)
        #expect(unknown.text.hasPrefix("understudy replay --strict: this request was not recorded"))
        #expect(unknown.text.contains("1. GET /known"))
        #expect(replay.unrecordedCount == 1)
    }

    @Test func aBrowserExportReplays() async throws {
        let folder = try TemporaryFolder()
        let har = folder.file("browser.har")
        try Data(BrowserHAR.text.utf8).write(to: har)
        let replay = try Proxies.replay([har])
        defer { replay.stop() }
        let people = try await TestClient.get(replay.baseURL + "/api/people?page=2&size=10")
        #expect(people.text == #"{"people":[{"id":7}],"n":1}"#)
        #expect(people.headers["Content-Encoding"] == nil)
        #expect(people.headers["Content-Type"] == "application/json; charset=utf-8")
        let login = try await TestClient.send("POST", replay.baseURL + "/login", body: "user=ada&next=%2Fhome")
        #expect(login.status == 302)
        #expect(login.headers["Location"] == "/home")
        let logo = try await TestClient.get(replay.baseURL + "/logo.png")
        #expect(logo.body == Data(base64Encoded: "iVBORw0KGgo="))
        #expect(try await TestClient.get(replay.baseURL + "/cached.js").status == 304)
        #expect(replay.replayer.exchangeCount == 4)
    }

    @Test func severalRecordingsReplayTogether() async throws {
        let folder = try TemporaryFolder()
        let first = try write([TestEntries.entry("GET", "https://a.example/one", responseBody: "1")], to: folder, name: "a.har")
        let second = try write([TestEntries.entry("GET", "https://b.example/two", responseBody: "2")], to: folder, name: "b.har")
        let replay = try Proxies.replay([first, second])
        defer { replay.stop() }
        #expect(try await TestClient.get(replay.baseURL + "/one").text == "1")
        #expect(try await TestClient.get(replay.baseURL + "/two").text == "2")
    }
}
