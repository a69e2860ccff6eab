import Foundation
import MicroHTTP
import Stubbing
import Testing

/// The example mapping files, loaded together, answer the requests they were written for.
@Suite struct FixtureMappingsTests {
    let index: StubIndex

    init() throws {
        let mappings = try ConformanceFiles.fixtureMappings().flatMap { file in
            try MappingFile.parse(Data(contentsOf: file), file: file.lastPathComponent).get()
        }
        index = StubIndex(mappings)
    }

    func answer(_ request: HTTPRequest, scenarios: [String: String] = [:]) -> StubMapping? {
        index.bestMatch(for: request, scenarioStates: { scenarios[$0] ?? StubMapping.startedState })?.mapping
    }

    @Test func ping() {
        #expect(answer(request("GET", "/ping"))?.response.body == .text("pong"))
    }

    @Test func getContactByTemplate() {
        let contact = request("GET", "/v2/contacts/42?expand=owner", headers: ["Authorization": "Bearer t", "Accept": "application/json"])
        let found = index.bestMatch(for: contact, scenarioStates: { _ in StubMapping.startedState })
        #expect(found?.mapping.name == "acme-crm: get contact")
        #expect(found?.match.pathParameters == ["contactId": "42"])
        #expect(found?.mapping.response.isTemplated == true)
    }

    @Test func higherPriorityNotFoundWinsForTheNinesContact() {
        let contact = request("GET", "/v2/contacts/9999?expand=owner", headers: ["Authorization": "Bearer t", "Accept": "application/json"])
        #expect(answer(contact)?.response.status == 404)
    }

    @Test func listWithMultiValuedQueryAndCaseInsensitiveAccept() {
        let list = request("GET", "/v2/contacts?page=2&fields=name&fields=id&tag=new&tag=vip", headers: ["Accept": "application/json"])
        #expect(answer(list)?.name == "acme-crm: list contacts, second page")
        let debug = request("GET", "/v2/contacts?page=2&fields=name&fields=id&tag=vip&debug=1", headers: ["Accept": "application/json"])
        #expect(answer(debug) == nil)
    }

    @Test func createThenReadFollowsTheScenario() {
        let body = #"{"email":"ada@example.com","tags":["beta","vip","x"],"address":{"city":"London"}}"#
        let create = request("POST", "/v2/contacts", headers: ["Content-Type": "application/json; charset=utf-8"], body: body)
        let created = answer(create)
        #expect(created?.name == "acme-crm: create vip contact")
        #expect(created?.newScenarioState == "created")
        let read = request("GET", "/v2/contacts/42?expand=owner")
        #expect(answer(read, scenarios: ["contact-lifecycle": "created"])?.response.body == .file("acme-crm/contact-42.json"))
        #expect(answer(create, scenarios: ["contact-lifecycle": "created"]) == nil)
    }

    @Test func tokenWithBasicAuthAndForm() {
        let token = request("POST", "/token", headers: [
            "Authorization": BasicAuthCredentials(username: "client-id", password: "client-secret").authorizationHeader,
            "Content-Type": "application/x-www-form-urlencoded",
        ], body: "grant_type=client_credentials&scope=employees+payroll")
        #expect(answer(token)?.name == "loket: client credentials token")
        var generator = SeededGenerator(seed: 1)
        #expect(answer(token)?.response.delay(using: &generator) != nil)
    }

    @Test func sessionCookieAndURLPattern() {
        #expect(answer(request("GET", "/v1/session?lang=nl", headers: ["Cookie": "session=abc"]))?.response.body == .text("session ok"))
        #expect(answer(request("GET", "/v1/session?lang=nl", headers: ["Cookie": "session=expired"])) == nil)
        #expect(answer(request("GET", "/v1/session?lang=de", headers: ["Cookie": "session=abc"])) == nil)
    }

    @Test func faultsAndDelays() {
        #expect(answer(request("GET", "/v2/flaky/reset"))?.response.fault == .connectionResetByPeer)
        #expect(answer(request("GET", "/v2/flaky/empty"))?.response.fault == .emptyResponse)
        #expect(answer(request("HEAD", "/static/img/v2/logo.png"))?.response.body == .binary(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])))
        let status = answer(request("PUT", "/v2/users/u1/status", body: "active"))
        var generator = SeededGenerator(seed: 1)
        #expect(status?.response.delay(using: &generator) == .milliseconds(35))
        #expect(answer(request("PUT", "/v2/users/admin1/status", body: "active")) == nil)
    }
}
