import Foundation
import MicroHTTP
import Stubbing
import Testing
import UnderstudyCore
@testable import ContractTesting

@Suite struct PactStubTests {
    private let pact = try! Pact(data: Data("""
        {"consumer": {"name": "shop"}, "provider": {"name": "widgets"},
         "interactions": [
          {"type": "Synchronous/HTTP", "description": "widget 7", "providerStates": [{"name": "widget 7 exists"}],
           "request": {"method": "GET", "path": "/widgets/7"},
           "response": {"status": 200, "headers": {"Content-Type": ["application/json"]},
                        "body": {"contentType": "*/*", "encoded": "base64", "content": "eyJpZCI6N30="}}},
          {"type": "Synchronous/HTTP", "description": "widget 7 is gone", "providerStates": [{"name": "widget 7 does not exist"}],
           "request": {"method": "GET", "path": "/widgets/7"},
           "response": {"status": 404, "body": {"contentType": "application/json", "encoded": false, "content": {"error": "gone"}}}},
          {"type": "Synchronous/HTTP", "description": "a widget is created",
           "request": {"method": "POST", "path": "/widgets", "headers": {"Content-Type": ["application/json"]},
                       "body": {"contentType": "application/json", "encoded": false, "content": {"name": "gear"}}},
           "response": {"status": 201,
                        "body": {"contentType": "application/json", "encoded": false,
                                 "content": {"id": 8, "href": "http://localhost:1234/widgets/8"}},
                        "generators": {"body": {"$.id": {"type": "RandomInt", "min": 100, "max": 199},
                                                "$.href": {"type": "MockServerURL", "example": "http://localhost:1234/widgets/8",
                                                           "regex": ".*(/widgets/\\\\d+)$"}}}}}
         ]}
        """.utf8))

    private func server(_ stub: PactStub) throws -> StubServer {
        try StubServer(options: .init(clock: ManualClock()), backend: stub.backend)
    }

    private func get(_ server: StubServer, _ target: String, headers: HTTPHeaders = [:]) -> HTTPResponse? {
        server.handle(HTTPRequest(method: "GET", target: target, headers: headers)).response
    }

    private func changeState(_ server: StubServer, _ body: String) -> HTTPResponse? {
        server.handle(HTTPRequest(method: "POST", target: "/__admin/pact/state-change", body: Data(body.utf8))).response
    }

    @Test func answersWithTheExampleOfTheStateTheHeaderNames() throws {
        let server = try server(PactStub(pacts: [pact]))
        let found = get(server, "/widgets/7", headers: ["X-Pact-Provider-State": "widget 7 exists"])
        #expect(found?.status == 200)
        #expect(found?.headers["Content-Type"] == "application/json")
        #expect(found?.bodyText == #"{"id":7}"#)
        let gone = get(server, "/widgets/7", headers: ["X-Pact-Provider-State": "other state, widget 7 does not exist"])
        #expect(gone?.status == 404)
        #expect(gone?.bodyText == #"{"error":"gone"}"#)
    }

    @Test func aHeaderOfAnotherNameCanBeConfigured() throws {
        let server = try server(PactStub(pacts: [pact], stateHeader: "X-State"))
        #expect(get(server, "/widgets/7", headers: ["X-State": "widget 7 does not exist"])?.status == 404)
        #expect(get(server, "/widgets/7", headers: ["X-Pact-Provider-State": "widget 7 does not exist"])?.status == 200)
    }

    @Test func theStatesSetThroughTheAdminRouteChooseOtherwise() throws {
        let stub = PactStub(pacts: [pact])
        let server = try server(stub)
        #expect(changeState(server, #"{"state": "widget 7 does not exist", "params": {"id": 7}, "action": "setup"}"#)?.bodyText == #"{"id":7}"#)
        #expect(stub.providerStates == ["widget 7 does not exist"])
        #expect(get(server, "/widgets/7")?.status == 404)
        _ = changeState(server, #"{"state": "widget 7 does not exist", "action": "teardown"}"#)
        _ = changeState(server, #"{"state": "widget 7 exists", "action": "setup"}"#)
        #expect(get(server, "/widgets/7")?.status == 200)
        _ = server.handle(HTTPRequest(method: "POST", target: "/__admin/reset"))
        #expect(stub.providerStates.isEmpty)
    }

    @Test func theEmptyStateVerifiersSendForStatelessInteractionsIsAccepted() throws {
        let stub = PactStub(pacts: [pact])
        let server = try server(stub)
        let answer = changeState(server, #"{"state": "", "params": {}, "action": "setup"}"#)
        #expect(answer?.status == 200)
        #expect(stub.providerStates.isEmpty)
        #expect(server.providerStates.withLock { $0.isEmpty })
    }

    @Test func appliesResponseGenerators() throws {
        let stub = PactStub(pacts: [pact])
        stub.serverURL = "http://127.0.0.1:9999"
        let server = try server(stub)
        let created = server.handle(HTTPRequest(
            method: "POST", target: "/widgets", headers: ["Content-Type": "application/json"], body: Data(#"{"name":"gear"}"#.utf8))).response
        #expect(created?.status == 201)
        let body = try JSONValue(parsing: created?.body ?? Data())
        #expect((100...199).contains(body["id"]?.intValue ?? 0))
        #expect(body["href"] == "http://127.0.0.1:9999/widgets/8")
    }

    @Test func anUnknownRequestGets404WithTheNearMisses() throws {
        let server = try server(PactStub(pacts: [pact]))
        let missing = get(server, "/widgets/8")
        #expect(missing?.status == 404)
        let report = missing?.bodyText ?? ""
        #expect(report.hasPrefix("No pact interaction matched this request:\n\n  GET /widgets/8\n"))
        #expect(report.contains("1. 'widget 7' (shop-widgets) given 'widget 7 exists'\n     path: Expected path '/widgets/7' but received '/widgets/8'"))
        #expect(server.journal.entries.last?.answeredBy == PactStub.backendName)
    }

    @Test func aHeaderNamingAStateNoInteractionHasGets404() throws {
        let server = try server(PactStub(pacts: [pact]))
        let refused = get(server, "/widgets/7", headers: ["X-Pact-Provider-State": "a unicorn exists"])
        #expect(refused?.status == 404)
        #expect(refused?.bodyText.contains("in the provider state 'a unicorn exists' named by X-Pact-Provider-State") == true)
    }
}
