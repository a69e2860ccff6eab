import Foundation
import MicroHTTP
import Testing
import UnderstudyCore

@testable import ContractTesting

@Suite struct ConsumerCheckTests {
    /// Two interactions share a request and differ by provider state; a third is never used.
    private let pact = Pact(
        consumer: "connector", provider: "api",
        interactions: [
            PactInteraction(
                description: "contact 42 exists", providerStates: [ProviderState(name: "contact 42 exists")],
                request: PactRequest(path: "/contacts/42"),
                response: PactResponse(status: 200, headers: ["Content-Type": ["application/json"]], body: .json(["id": 42]))),
            PactInteraction(
                description: "contact 42 is missing", providerStates: [ProviderState(name: "no contacts")],
                request: PactRequest(path: "/contacts/42"), response: PactResponse(status: 404)),
            PactInteraction(
                description: "create a contact", request: PactRequest(method: "POST", path: "/contacts", body: .json(["name": "Ada"])),
                response: PactResponse(status: 201)),
        ])

    private let found = (HTTPRequest(method: "GET", target: "/contacts/42"), HTTPResponse.json(Data(#"{"id":42}"#.utf8)))
    private let missing = (HTTPRequest(method: "GET", target: "/contacts/42"), HTTPResponse(status: 404))

    @Test func attributesSharedRequestsByTheirResponses() {
        let report = ConsumerCheck.run(pact: pact, exchanges: [found, missing])
        #expect(report.matches.map(\.interaction.description) == ["contact 42 exists", "contact 42 is missing"])
        #expect(report.unmatchedRequests.isEmpty)
        #expect(report.brokenResponses.isEmpty)
        #expect(report.unexercisedInteractions.map(\.description) == ["create a contact"])
        #expect(!report.passed)
    }

    @Test func reportsRequestsThatMatchNothingWithTheClosestInteraction() throws {
        let stray = (
            HTTPRequest(
                method: "POST", target: "/contacts", headers: ["Content-Type": "application/json"],
                body: Data(#"{"name":"Ada","age":36}"#.utf8)),
            HTTPResponse(status: 201)
        )
        let report = ConsumerCheck.run(pact: pact, exchanges: [stray])
        let unmatched = try #require(report.unmatchedRequests.first)
        #expect(unmatched.exchangeIndex == 0)
        #expect(unmatched.closest?.description == "create a contact")
        #expect(unmatched.mismatches.map(\.description) == ["body $.age: Unexpected key 'age'"])
        #expect(
            unmatched.description
                == "Request #0 POST /contacts matches no interaction; closest is 'create a contact': body $.age: Unexpected key 'age'")
    }

    @Test func reportsResponsesThatBreakTheirInteraction() throws {
        let broken = (HTTPRequest(method: "GET", target: "/contacts/42"), HTTPResponse.json(Data(#"{"id":"42"}"#.utf8)))
        let report = ConsumerCheck.run(pact: pact, exchanges: [broken])
        let failure = try #require(report.brokenResponses.first)
        #expect(failure.interaction.description == "contact 42 exists")
        #expect(
            failure.description
                == "Response #0 to 'contact 42 exists' breaks the contract: body $.id: Expected 42 (number) but received '42' (string)")
    }

    @Test func passesWhenEveryInteractionIsExercisedCleanly() {
        let create = (
            HTTPRequest(
                method: "POST", target: "/contacts", headers: ["Content-Type": "application/json"], body: Data(#"{"name":"Ada"}"#.utf8)),
            HTTPResponse(status: 201)
        )
        let report = ConsumerCheck.run(pact: pact, exchanges: [found, missing, create])
        #expect(report.passed)
        #expect(report.matches.count == 3)
    }

    @Test func pendingInteractionsDoNotFailTheCheck() {
        var lenient = pact
        lenient.interactions[2].pending = true
        #expect(ConsumerCheck.run(pact: lenient, exchanges: [found, missing]).passed)
    }

    @Test func anEmptyPactHasNoClosestInteraction() {
        let report = ConsumerCheck.run(pact: Pact(consumer: "c", provider: "p"), exchanges: [found])
        #expect(report.unmatchedRequests.first?.closest == nil)
        #expect(
            report.unmatchedRequests.first?.description
                == "Request #0 GET /contacts/42 matches no interaction (the pact has no HTTP interactions)")
    }
}
