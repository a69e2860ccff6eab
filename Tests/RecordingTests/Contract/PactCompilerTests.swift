import ContractTesting
import Foundation
import MicroHTTP
import Testing
import UnderstudyCore
@testable import Recording

@Suite struct PactCompilerTests {
    private let session = HARSource(name: "net2", document: TestEntries.document([
        TestEntries.entry(
            "POST", "https://net2.example/api/v1/authorization/tokens",
            body: "username=ada&password=<redacted:password:1>&grant_type=password", mimeType: "application/x-www-form-urlencoded",
            responseHeaders: [("Content-Type", "application/json; charset=utf-8")],
            responseBody: #"{"access_token":"<redacted:access_token:1>","token_type":"bearer","expiry_datetime":"2026-03-01T10:30:00.9832179Z"}"#),
        TestEntries.entry(
            "GET", "https://net2.example/api/v1/users/1012?since=2026-02-01", headers: [("Authorization", "Bearer <redacted:access_token:1>")],
            responseHeaders: [("Content-Type", "application/json; charset=utf-8")],
            responseBody: #"{"id":1012,"departmentId":2,"userGUID":"3f2b8c1e-9a4d-4c2b-8e7f-1a2b3c4d5e6f","activateDate":"2026-03-01","items":[{"id":1},{"id":2}],"firstName":"Jan"}"#),
        TestEntries.entry("GET", "https://net2.example/api/v1/users/1012?since=2026-02-01", headers: [("Authorization", "Bearer <redacted:access_token:1>")], status: 404),
    ]))

    @Test func everyExchangeBecomesAnInteractionWithRulesForVolatileValues() throws {
        let pact = PactCompiler(consumer: "net2-connector", provider: "net2").compile([session])
        #expect(pact.interactions.map(\.description) == [
            "POST /api/v1/authorization/tokens", "GET /api/v1/users/1012?since=2026-02-01", "GET /api/v1/users/1012?since=2026-02-01 (2)",
        ])
        let token = pact.interactions[0]
        #expect(token.request.matchingRules.body[try RulePath("$.password")] == RuleGroup([.regex("^.+$")]))
        #expect(token.response.matchingRules.body[try RulePath("$.access_token")] == RuleGroup([.type(min: nil, max: nil)]))
        #expect(token.response.matchingRules.body[try RulePath("$.expiry_datetime")] == RuleGroup([.timestamp(format: "yyyy-MM-dd'T'HH:mm:ss.SSSSSSSXXX")]))
        let user = pact.interactions[1]
        #expect(user.request.matchingRules.header["Authorization"] == RuleGroup([.regex("^Bearer .+$")]))
        #expect(user.request.matchingRules.query["since"] == RuleGroup([.regex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]))
        let rules = user.response.matchingRules.body
        #expect(rules[try RulePath("$.id")] == RuleGroup([.integer]))
        #expect(rules[try RulePath("$.departmentId")] == RuleGroup([.integer]))
        #expect(rules[try RulePath("$.items[*].id")] == RuleGroup([.integer]))
        #expect(rules[try RulePath("$.activateDate")] == RuleGroup([.date(format: "yyyy-MM-dd")]))
        #expect(rules[try RulePath("$.userGUID")] != nil)
        #expect(rules[try RulePath("$.firstName")] == nil)
        #expect(pact.interactions[2].response.status == 404)
    }

    @Test func theContractIsWrittenAsV4AndReadsBack() throws {
        let pact = PactCompiler(consumer: "net2-connector", provider: "net2").compile([session])
        let read = try Pact(data: pact.v4Data(), file: "net2-connector-net2.json")
        #expect(read.interactions.count == 3)
        #expect(read.consumer == "net2-connector")
        #expect(read.interactions.map(\.response.matchingRules) == pact.interactions.map(\.response.matchingRules))
    }

    @Test func theRecordedExchangesAndFreshValuesSatisfyTheContract() throws {
        let pact = PactCompiler(consumer: "c", provider: "p").compile([session])
        for (interaction, entry) in zip(pact.interactions, session.document.log.entries) {
            let exchange = RecordedExchange(entry: entry, source: "net2", index: 0)
            var headers = HTTPHeaders(entry.request.headers.map { HTTPHeaders.Field(name: $0.name, value: $0.value) })
            if let type = entry.request.postData?.mimeType { headers["Content-Type"] = type }
            let request = HTTPRequest(method: entry.request.method, target: entry.request.target, headers: headers, body: exchange.requestBody)
            #expect(PactMatcher.matchRequest(expected: interaction.request, actual: request).isEmpty)
            let response = HTTPResponse(status: entry.response.status, headers: ["Content-Type": "application/json; charset=utf-8"], body: exchange.responseBody)
            #expect(PactMatcher.matchResponse(expected: interaction.response, actual: response).isEmpty)
        }
        let fresh = HTTPResponse(
            status: 200, headers: ["Content-Type": "application/json; charset=utf-8"],
            body: Data(#"{"access_token":"eyJhbGciOi.real.token","token_type":"bearer","expiry_datetime":"2027-01-02T03:04:05.1234567Z"}"#.utf8))
        #expect(PactMatcher.matchResponse(expected: pact.interactions[0].response, actual: fresh).isEmpty)
        let freshRequest = HTTPRequest(
            method: "GET", target: "/api/v1/users/1012?since=2026-05-05", headers: ["Authorization": "Bearer eyJ.real"])
        #expect(PactMatcher.matchRequest(expected: pact.interactions[1].request, actual: freshRequest).isEmpty)
    }
}
