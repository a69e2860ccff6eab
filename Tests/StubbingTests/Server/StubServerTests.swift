import Foundation
import MicroHTTP
import Synchronization
import Testing
import UnderstudyCore
@testable import Stubbing

@Suite struct StubServerTests {
    private func server(_ files: [String: String], clock: any Clock = ManualClock(), backend: StubBackend? = nil) throws -> (StubServer, StubFolder) {
        let folder = try StubFolder(files)
        let server = try StubServer(directory: folder.url, options: .init(clock: clock), backend: backend)
        return (server, folder)
    }

    @Test func servesAMatchingStub() throws {
        let (stubs, _) = try server(["mappings/ping.json": #"{"request":{"method":"GET","urlPath":"/ping"},"response":{"status":202,"body":"pong","headers":{"X-Demo":"1"}}}"#])
        let response = stubs.handle(request("GET", "/ping?x=1")).immediate
        #expect(response.status == 202)
        #expect(response.bodyText == "pong")
        #expect(response.headers["X-Demo"] == "1")
    }

    @Test func prefersHigherPriorityThenTheMostRecentlyAdded() throws {
        let (stubs, _) = try server(["mappings/all.json": """
            {"mappings": [
              {"priority": 1, "request": {"method": "GET", "urlPathPattern": "/p/.*"}, "response": {"body": "first-priority"}},
              {"request": {"method": "GET", "urlPath": "/p/x"}, "response": {"body": "older"}},
              {"request": {"method": "GET", "urlPath": "/q"}, "response": {"body": "older"}},
              {"request": {"method": "GET", "urlPath": "/q"}, "response": {"body": "newer"}}
            ]}
            """])
        #expect(stubs.handle(request("GET", "/p/x")).immediate.bodyText == "first-priority")
        #expect(stubs.handle(request("GET", "/q")).immediate.bodyText == "newer")
    }

    @Test func walksAScenario() throws {
        let (stubs, _) = try server(["mappings/s.json": """
            {"mappings": [
              {"scenarioName": "login", "requiredScenarioState": "Started", "newScenarioState": "expired",
               "request": {"method": "GET", "urlPath": "/me"}, "response": {"status": 200}},
              {"scenarioName": "login", "requiredScenarioState": "expired",
               "request": {"method": "GET", "urlPath": "/me"}, "response": {"status": 401}}
            ]}
            """])
        #expect(stubs.handle(request("GET", "/me")).immediate.status == 200)
        #expect(stubs.handle(request("GET", "/me")).immediate.status == 401)
        #expect(stubs.handle(request("GET", "/me")).immediate.status == 401)
        #expect(stubs.scenarios.state(of: "login") == "expired")
    }

    @Test func answersUnmatchedRequestsWithANearMissReport() throws {
        let (stubs, _) = try server(["mappings/c.json": #"{"name":"get contact","request":{"method":"GET","urlPath":"/v2/contacts"},"response":{"body":"[]"}}"#])
        let response = stubs.handle(request("POST", "/v2/contacts")).immediate
        #expect(response.status == 404)
        #expect(response.bodyText.contains("get contact"))
        #expect(response.bodyText.contains("method"))
        #expect(stubs.journal.entries.last?.wasMatched == false)
    }

    @Test func asksTheFallbackWhenNoStubMatches() throws {
        let (stubs, _) = try server(
            ["mappings/a.json": #"{"request":{"method":"GET","urlPath":"/stubbed"},"response":{"body":"stub"}}"#],
            backend: StubBackend(name: "emulator", respond: { request in request.path == "/emulated" ? .text("emulator") : nil }))
        #expect(stubs.handle(request("GET", "/stubbed")).immediate.bodyText == "stub")
        #expect(stubs.handle(request("GET", "/emulated")).immediate.bodyText == "emulator")
        #expect(stubs.handle(request("GET", "/neither")).immediate.status == 404)
        #expect(stubs.journal.entries.map(\.answeredBy) == ["stub", "emulator", "unmatched"])
    }

    @Test func mountsTheBackendsControlsAndProviderStates() throws {
        let resets = Mutex(0)
        let backend = StubBackend(
            name: "vendor", respond: { _ in nil },
            control: { request, path in path == "mode" ? .text("mode via \(request.method)") : nil },
            applyProviderState: { change in
                guard change.state == "a token" else { throw ProviderStateChangeError("unknown state") }
                return ["accessToken": "abc", "action": .string(change.action.rawValue)]
            },
            reset: { resets.withLock { $0 += 1 } })
        let (stubs, folder) = try server([:], backend: backend)
        defer { withExtendedLifetime(folder) {} }
        #expect(stubs.handle(request("PUT", "/__admin/vendor/mode")).immediate.bodyText == "mode via PUT")
        #expect(stubs.handle(request("GET", "/__admin/vendor/other")).immediate.status == 404)
        let setUp = stubs.handle(request("POST", "/__admin/pact/state-change", body: #"{"state":"a token","params":{},"action":"setup"}"#)).immediate
        #expect(setUp.json == ["accessToken": "abc", "action": "setup"])
        #expect(stubs.providerStates.withLock { $0.map(\.state) } == ["a token"])
        let unknown = stubs.handle(request("POST", "/__admin/pact/state-change", body: #"{"state":"nope"}"#)).immediate
        #expect(unknown.status == 400)
        #expect(unknown.bodyText.contains("nope"))
        #expect(stubs.handle(request("POST", "/__admin/pact/state-change", body: #"{"state":"a token","action":"later"}"#)).immediate.status == 400)
        _ = stubs.handle(request("POST", "/__admin/pact/state-change", body: #"{"state":"a token","action":"teardown"}"#))
        #expect(stubs.providerStates.withLock { $0.isEmpty })
        _ = stubs.handle(request("POST", "/__admin/reset"))
        #expect(resets.withLock { $0 } == 1)
    }

    @Test func acceptsProviderStatesWithoutABackend() throws {
        let (stubs, _) = try server([:])
        let answer = stubs.handle(request("POST", "/__admin/pact/state-change", body: #"{"state":"anything","params":{"id":1}}"#)).immediate
        #expect(answer.status == 200)
        #expect(stubs.providerStates.withLock { $0 } == [ProviderStateChange(state: "anything", params: ["id": 1])])
    }

    @Test func delaysOnTheServersClockWithoutBlocking() throws {
        let clock = ManualClock()
        let (stubs, _) = try server(
            ["mappings/slow.json": #"{"request":{"method":"GET","urlPath":"/slow"},"response":{"body":"late","fixedDelayMilliseconds":1500}}"#],
            clock: clock)
        guard case .deferred(let start) = stubs.handle(request("GET", "/slow")) else {
            Issue.record("a delayed stub must answer later")
            return
        }
        let answered = Mutex<HTTPResponse?>(nil)
        start { answer in answered.withLock { $0 = answer.response } }
        clock.advance(by: .milliseconds(1499))
        #expect(answered.withLock { $0 } == nil)
        clock.advance(by: .milliseconds(1))
        #expect(answered.withLock { $0 }?.bodyText == "late")
    }

    @Test func addsTheGlobalDelayToStubAndBackendAnswers() throws {
        let clock = ManualClock()
        let folder = try StubFolder([
            "mappings/slow.json": #"{"request":{"method":"GET","urlPath":"/stub"},"response":{"body":"stub","fixedDelayMilliseconds":100}}"#
        ])
        let backend = StubBackend(name: "emulator", respond: { request in request.path == "/emulated" ? .text("emulator") : nil })
        let stubs = try StubServer(
            directory: folder.url, options: .init(clock: clock, settings: GlobalSettings(fixedDelay: 20)), backend: backend)
        let answered = Mutex<[String]>([])
        for path in ["/stub", "/emulated"] {
            guard case .deferred(let start) = stubs.handle(request("GET", path)) else {
                Issue.record("\(path) must answer after the global delay")
                return
            }
            start { answer in answered.withLock { $0.append(answer.response?.bodyText ?? "") } }
        }
        clock.advance(by: .milliseconds(19))
        #expect(answered.withLock { $0 }.isEmpty)
        clock.advance(by: .milliseconds(1))
        #expect(answered.withLock { $0 } == ["emulator"])
        clock.advance(by: .milliseconds(100))
        #expect(answered.withLock { $0 } == ["emulator", "stub"])
        #expect(stubs.handle(request("GET", "/nothing")).immediate.status == 404, "a near-miss report is not delayed")
    }

    @Test func answersWithAFault() throws {
        let (stubs, _) = try server(["mappings/f.json": #"{"request":{"method":"GET","urlPath":"/f"},"response":{"fault":"CONNECTION_RESET_BY_PEER"}}"#])
        guard case .fault(let fault) = stubs.handle(request("GET", "/f")) else {
            Issue.record("expected a fault")
            return
        }
        #expect(fault == .connectionResetByPeer)
        #expect(stubs.journal.entries.last?.fault == .connectionResetByPeer)
    }

    @Test func servesBodyFilesAndTemplates() throws {
        let (stubs, _) = try server([
            "mappings/f.json": """
                {"mappings": [
                  {"request": {"method": "GET", "urlPath": "/file"}, "response": {"bodyFileName": "page.json"}},
                  {"request": {"method": "GET", "urlPathTemplate": "/items/{id}"},
                   "response": {"jsonBody": {"id": "{{request.path.id}}", "q": "{{request.query.q}}"}, "transformers": ["response-template"]}}
                ]}
                """,
            "__files/page.json": #"{"page": 1}"#,
        ])
        #expect(stubs.handle(request("GET", "/file")).immediate.json == ["page": 1])
        #expect(stubs.handle(request("GET", "/items/42?q=ada")).immediate.json == ["id": "42", "q": "ada"])
    }

    @Test func refusesADirectoryWithABrokenFileAndNamesIt() throws {
        let folder = try StubFolder([
            "mappings/good.json": #"{"request":{"method":"GET","urlPath":"/a"},"response":{"body":"a"}}"#,
            "mappings/broken.json": #"{"request":{"method":"GET","urlPath":"/b"},"response":{"status":"two hundred"}}"#,
        ])
        #expect {
            try StubServer(directory: folder.url)
        } throws: { error in
            guard let error = error as? StubLoadError, let problem = error.errors.first else { return false }
            return error.errors.count == 1 && problem.file?.hasSuffix("mappings/broken.json") == true
                && problem.path == "$.response.status"
        }
    }

    @Test func oneThreadServingTwoServersAnswersEachFromItsOwnStubs() throws {
        let (first, _) = try server(["mappings/a.json": #"{"request":{"method":"GET","urlPath":"/who"},"response":{"body":"first"}}"#])
        let (second, _) = try server(["mappings/a.json": #"{"request":{"method":"GET","urlPath":"/who"},"response":{"body":"second"}}"#])
        for _ in 0..<3 {
            #expect(first.handle(request("GET", "/who")).immediate.bodyText == "first")
            #expect(second.handle(request("GET", "/who")).immediate.bodyText == "second")
        }
    }

    @Test func aChangeIsSeenByTheNextRequestOnEveryThread() async throws {
        let (stubs, _) = try server(["mappings/a.json": #"{"request":{"method":"GET","urlPath":"/v"},"response":{"body":"one"}}"#])
        let threads = 4
        let before = await withTaskGroup(of: String.self) { group in
            for _ in 0..<threads { group.addTask { stubs.handle(request("GET", "/v")).immediate.bodyText } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(before == Array(repeating: "one", count: threads))
        let added = stubs.handle(request("POST", "/__admin/mappings", body: #"{"priority":1,"request":{"method":"GET","urlPath":"/v"},"response":{"body":"two"}}"#))
        #expect(added.immediate.status == 201)
        let after = await withTaskGroup(of: String.self) { group in
            for _ in 0..<threads { group.addTask { stubs.handle(request("GET", "/v")).immediate.bodyText } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(after == Array(repeating: "two", count: threads))
        stubs.settings = GlobalSettings(fixedDelay: 5)
        #expect(stubs.settings == GlobalSettings(fixedDelay: 5))
        guard case .deferred = stubs.handle(request("GET", "/v")) else {
            Issue.record("the global delay applies from the next request")
            return
        }
    }
}
