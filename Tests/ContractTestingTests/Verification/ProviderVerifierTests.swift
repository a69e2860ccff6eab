import Foundation
import Hosting
import Logging
import MicroHTTP
import Testing
import UnderstudyCore
@testable import ContractTesting

@Suite struct ProviderVerifierTests {
    private static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A Net2 emulator listening on a free port, on a manual clock.
    private func net2() throws -> Listener {
        let listener = try VendorCatalog.listener(
            "net2", stubsRoot: Self.packageRoot.appendingPathComponent("Stubs"), configuration: .init(port: 0, threadCount: 2),
            options: .init(clock: ManualClock()), logger: Logger(label: "test"))
        try listener.start()
        return listener
    }

    private func verifier(_ listener: Listener, states: Bool = true, headers: HTTPHeaders = [:]) -> ProviderVerifier {
        let base = URL(string: listener.baseURL)!
        return ProviderVerifier(configuration: .init(
            baseURL: base, stateChangeURL: states ? base.appendingPathComponent("__admin/pact/state-change") : nil, headers: headers,
            timeout: .seconds(10)))
    }

    /// A small Net2 pact: one interaction kept, one broken on purpose.
    private let pact = try! Pact(data: Data("""
        {"consumer": {"name": "tests"}, "provider": {"name": "net2"},
         "interactions": [
          {"type": "Synchronous/HTTP", "description": "user 1012 by id",
           "providerStates": [{"name": "a valid access token"}, {"name": "user 1012 exists"}],
           "request": {"method": "GET", "path": "/api/v1/users/1012", "headers": {"Authorization": ["Bearer example"]},
                       "generators": {"header": {"Authorization": {"type": "ProviderState", "expression": "Bearer ${accessToken}"}}}},
           "response": {"status": 200, "body": {"contentType": "application/json", "encoded": false,
                                                 "content": {"id": 1, "firstName": "Someone"}},
                        "matchingRules": {"body": {"$.id": {"matchers": [{"match": "integer"}]},
                                                   "$.firstName": {"matchers": [{"match": "type"}]}}}}},
          {"type": "Synchronous/HTTP", "description": "user 1012 is Piet",
           "providerStates": [{"name": "a valid access token"}],
           "request": {"method": "GET", "path": "/api/v1/users/1012", "headers": {"Authorization": ["Bearer example"]},
                       "generators": {"header": {"Authorization": {"type": "ProviderState", "expression": "Bearer ${accessToken}"}}}},
           "response": {"status": 200, "headers": {"X-Trace": ["1"]},
                        "body": {"contentType": "application/json", "encoded": false, "content": {"firstName": "Piet"}}}}
         ]}
        """.utf8))

    @Test func keepsAndBreaksInteractionsWithADiffForEachMismatch() async throws {
        let listener = try net2()
        defer { listener.stop() }
        let suite = await verifier(listener).verify(pact)
        #expect(suite.name == "tests-net2")
        #expect(suite.cases.map(\.passed) == [true, false])
        #expect(suite.cases[0].details == "given 'a valid access token' and 'user 1012 exists'\nrequest: GET /api/v1/users/1012 -> 200")
        let failure = try #require(suite.cases[1].failure)
        #expect(failure.hasPrefix("GET /api/v1/users/1012 answered 200\n"))
        #expect(failure.contains("header X-Trace: "))
        #expect(failure.contains("body $.firstName: "))
        #expect(failure.contains("   - expected: 'Piet'\n   + actual:   'Jan'"))
        #expect(failure.contains(#"response body: {"#))
    }

    @Test func verifiesTheInteropFixtureAgainstTheEmulator() async throws {
        let listener = try net2()
        defer { listener.stop() }
        let fixture = try Pact(contentsOf: Self.packageRoot.appendingPathComponent("Tests/Fixtures/pact-interop/helloid-net2.json"))
        let report = await verifier(listener).verify([fixture])
        #expect(report.passed, "\(report.consoleTable())")
        #expect(report.counts.cases == fixture.interactions.count)
        #expect(report.title == "Provider verification against \(listener.baseURL)")
    }

    @Test func aStateThatCannotBeSetUpFailsItsInteraction() async throws {
        let listener = try net2()
        defer { listener.stop() }
        var broken = pact
        broken.interactions = [pact.interactions[0]]
        broken.interactions[0].providerStates = [ProviderState(name: "a unicorn exists")]
        let suite = await verifier(listener).verify(broken)
        let failure = try #require(suite.cases.first?.failure)
        #expect(failure.hasPrefix("provider state 'a unicorn exists' could not be set up: "))
        #expect(failure.contains("answered 400"))
        #expect(suite.cases.first?.interactions == 0)
    }

    @Test func withoutAStateURLTheStatesAreNotSetUp() async throws {
        let listener = try net2()
        defer { listener.stop() }
        var single = pact
        single.interactions = [pact.interactions[0]]
        let suite = await verifier(listener, states: false).verify(single)
        let item = try #require(suite.cases.first)
        #expect(item.failure?.contains("Expected status 200 but received 401") == true)
        #expect(item.details?.contains("note: provider states were not set up (no state-change URL)") == true)
        #expect(item.details?.contains("ProviderState generator 'Bearer ${accessToken}'") == true)
    }

    @Test func extraHeadersAreSentButNeverReported() async throws {
        let listener = try net2()
        defer { listener.stop() }
        var single = pact
        single.interactions = [pact.interactions[1]]
        single.interactions[0].request.generators = nil
        let suite = await verifier(listener, states: false, headers: ["Authorization": "Bearer not-a-real-token"]).verify(single)
        let failure = try #require(suite.cases.first?.failure)
        #expect(failure.contains("Expected status 200 but received 401"))
        #expect(!failure.contains("not-a-real-token"))
        #expect(listener.stubs.journal.entries.last?.request.headers["Authorization"] == "Bearer not-a-real-token")
    }

    @Test func setsStatesUpBeforeAndTearsThemDownAfter() async throws {
        let server = try RecordingServer { request in
            switch request.path {
            case "/state": return .json(Data(#"{"id": 7}"#.utf8))
            case "/things/7": return .json(Data(#"{"id": 7}"#.utf8))
            default: return .text("no", status: 404)
            }
        }
        let pact = Pact(consumer: "c", provider: "p", interactions: [
            PactInteraction(
                description: "thing 7",
                providerStates: [ProviderState(name: "a thing exists", params: ["kind": "widget"]), ProviderState(name: "it is Monday")],
                request: PactRequest(path: "/things/1", generators: ["path": ["type": "ProviderState", "expression": "/things/${id}"]]),
                response: PactResponse(status: 200, body: .json(["id": 7])))
        ])
        let verifier = ProviderVerifier(configuration: .init(baseURL: server.url, stateChangeURL: server.url.appendingPathComponent("state")))
        let suite = await verifier.verify(pact)
        #expect(suite.cases.first?.passed == true, "\(suite.cases.first?.failure ?? "")")
        let calls = server.requests.map { request in
            request.path == "/state" ? (try? JSONValue(parsing: request.body)) ?? .null : .string(request.method + " " + request.path)
        }
        #expect(calls == [
            ["state": "a thing exists", "params": ["kind": "widget"], "action": "setup"],
            ["state": "it is Monday", "params": [:], "action": "setup"],
            "GET /things/7",
            ["state": "it is Monday", "params": [:], "action": "teardown"],
            ["state": "a thing exists", "params": ["kind": "widget"], "action": "teardown"],
        ])
    }

    @Test func aProviderThatDoesNotAnswerFailsEveryInteraction() async throws {
        let server = try RecordingServer { _ in .text("") }
        let url = server.url
        server.http.stop()
        let suite = await ProviderVerifier(configuration: .init(baseURL: url)).verify(pact)
        #expect(suite.cases.allSatisfy { !$0.passed })
        #expect(suite.cases.first?.failure?.contains("GET /api/v1/users/1012 got no answer: connection refused") == true)
    }

    @Test func writesJUnitForCI() async throws {
        let listener = try net2()
        defer { listener.stop() }
        let report = await verifier(listener).verify([pact])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("verify-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(report.junitXML().utf8).write(to: file)
        let xml = try String(contentsOf: file, encoding: .utf8)
        #expect(xml.contains(#"<testsuite name="tests-net2" tests="2" failures="1""#))
        #expect(xml.contains(#"<failure message="GET /api/v1/users/1012 answered 200">"#))
        #expect(report.summaryLine == "1 passed, 1 failed")
    }
}
