import Foundation
import MicroHTTP
import Synchronization
import Testing
import UnderstudyCore
@testable import Stubbing

@Suite struct AdminAPITests {
    private let folder: StubFolder
    private let stubs: StubServer
    private let clock = ManualClock()

    init() throws {
        folder = try StubFolder([
            "mappings/disk.json": #"{"id":"00000000-0000-0000-0000-000000000001","name":"on disk","request":{"method":"GET","urlPath":"/disk"},"response":{"body":"disk"}}"#,
            "mappings/scenario.json": """
                {"mappings": [
                  {"scenarioName": "flow", "requiredScenarioState": "Started", "newScenarioState": "second",
                   "request": {"method": "GET", "urlPath": "/flow"}, "response": {"body": "one"}},
                  {"scenarioName": "flow", "requiredScenarioState": "second",
                   "request": {"method": "GET", "urlPath": "/flow"}, "response": {"body": "two"}}
                ]}
                """,
        ])
        stubs = try StubServer(directory: folder.url, options: .init(clock: clock))
    }

    private func admin(_ method: String, _ path: String, _ body: String = "") -> HTTPResponse {
        stubs.handle(request(method, "/__admin" + path, body: body)).immediate
    }

    @Test func listsMappings() {
        let listed = admin("GET", "/mappings").json
        #expect(listed["meta"]?["total"] == 3)
        #expect(listed["mappings"]?.arrayValue?.contains { $0["name"] == "on disk" } == true)
    }

    @Test func addsReadsReplacesAndDeletesAMapping() throws {
        let created = admin("POST", "/mappings", #"{"request":{"method":"GET","urlPath":"/hello"},"response":{"body":"hi"}}"#)
        #expect(created.status == 201)
        let id = try #require(created.json["id"]?.stringValue)
        #expect(stubs.handle(request("GET", "/hello")).immediate.bodyText == "hi")
        #expect(admin("GET", "/mappings/\(id)").json["request"]?["urlPath"] == "/hello")

        let replaced = admin("PUT", "/mappings/\(id)", #"{"request":{"method":"GET","urlPath":"/hello"},"response":{"body":"hello again"}}"#)
        #expect(replaced.status == 200)
        #expect(stubs.handle(request("GET", "/hello")).immediate.bodyText == "hello again")

        #expect(admin("DELETE", "/mappings/\(id)").status == 200)
        #expect(stubs.handle(request("GET", "/hello")).immediate.status == 404)
        #expect(admin("GET", "/mappings/\(id)").status == 404)
        #expect(admin("DELETE", "/mappings/\(id)").status == 404)
    }

    @Test func refusesAnInvalidMappingNamingWhere() {
        let refused = admin("POST", "/mappings", #"{"request":{"method":"GET","urlPath":"/x"},"response":{"status":"no"}}"#)
        #expect(refused.status == 422)
        #expect(refused.json["errors"]?[0]?["source"]?["pointer"] == "/response/status")
        #expect(admin("POST", "/mappings", "{not json").status == 422)
    }

    @Test func resetsMappingsToWhatIsOnDisk() {
        _ = admin("POST", "/mappings", #"{"request":{"method":"GET","urlPath":"/extra"},"response":{"body":"x"}}"#)
        _ = admin("DELETE", "/mappings/00000000-0000-0000-0000-000000000001")
        #expect(admin("POST", "/mappings/reset").status == 200)
        #expect(stubs.handle(request("GET", "/extra")).immediate.status == 404)
        #expect(stubs.handle(request("GET", "/disk")).immediate.bodyText == "disk")
    }

    @Test func findsCountsAndClearsRequests() {
        _ = stubs.handle(request("GET", "/disk"))
        _ = stubs.handle(request("GET", "/disk?x=1"))
        _ = stubs.handle(request("GET", "/nothing"))
        #expect(admin("POST", "/requests/count", #"{"method":"GET","urlPath":"/disk"}"#).json["count"] == 2)
        #expect(admin("POST", "/requests/find", #"{"method":"GET","url":"/disk?x=1"}"#).json["requests"]?.arrayValue?.count == 1)
        let unmatched = admin("GET", "/requests/unmatched").json["requests"]?.arrayValue
        #expect(unmatched?.map { $0["url"] } == ["/nothing"])
        let journal = admin("GET", "/requests?limit=2").json
        #expect(journal["meta"]?["total"] == 3)
        #expect(journal["requests"]?.arrayValue?.count == 2)
        #expect(journal["requests"]?[0]?["request"]?["url"] == "/nothing", "newest first")
        #expect(admin("DELETE", "/requests").status == 200)
        #expect(stubs.journal.entries.isEmpty)
        #expect(admin("POST", "/requests/count", #"{"method":"BREW"}"#).status == 200)
        #expect(admin("POST", "/requests/count", #"{"urlPathPattern":"(unclosed"}"#).status == 422)
    }

    @Test func doesNotJournalAdminRequests() {
        _ = admin("GET", "/mappings")
        #expect(stubs.journal.entries.isEmpty)
    }

    @Test func listsSetsAndResetsScenarios() {
        _ = stubs.handle(request("GET", "/flow"))
        let listed = admin("GET", "/scenarios").json["scenarios"]?[0]
        #expect(listed?["name"] == "flow")
        #expect(listed?["state"] == "second")
        #expect(listed?["possibleStates"] == ["Started", "second"])
        #expect(admin("PUT", "/scenarios/flow/state", #"{"state":"Started"}"#).status == 200)
        #expect(stubs.handle(request("GET", "/flow")).immediate.bodyText == "one")
        #expect(admin("PUT", "/scenarios/unknown/state", #"{"state":"x"}"#).status == 404)
        _ = admin("POST", "/scenarios/reset")
        #expect(stubs.scenarios.state(of: "flow") == "Started")
    }

    @Test func resetsEverything() {
        _ = stubs.handle(request("GET", "/flow"))
        _ = admin("POST", "/mappings", #"{"request":{"method":"GET","urlPath":"/extra"},"response":{"body":"x"}}"#)
        #expect(admin("POST", "/reset").status == 200)
        #expect(stubs.journal.entries.isEmpty)
        #expect(stubs.scenarios.state(of: "flow") == "Started")
        #expect(stubs.currentMappings.count == 3)
    }

    @Test func asksTheOwnerToShutDown() {
        let asked = Mutex(false)
        stubs.onShutdownRequest { asked.withLock { $0 = true } }
        #expect(admin("POST", "/shutdown").status == 200)
        #expect(!asked.withLock { $0 }, "the answer goes out first")
        clock.advance(by: .milliseconds(100))
        #expect(asked.withLock { $0 })
    }

    @Test func recognisesTheAdminPrefixAlsoPercentEncoded() {
        #expect(admin("GET", "/mappings").json["meta"]?["total"] == 3)
        #expect(stubs.handle(request("GET", "/%5F_admin/mappings")).immediate.json["meta"]?["total"] == 3)
        #expect(stubs.handle(request("GET", "/__administrator")).immediate.status == 404)
        #expect(stubs.handle(request("GET", "/__admin?x=1")).immediate.status == 404, "the admin root itself has no route")
        #expect(stubs.handle(request("GET", "/__admin/mappings?limit=1")).immediate.json["meta"]?["total"] == 3)
        #expect(stubs.journal.entries.map(\.request.target) == ["/__administrator"], "admin requests stay out of the journal")
    }

    @Test func answersUnknownAdminRoutesWith404() {
        #expect(admin("GET", "/nope").status == 404)
    }
}
