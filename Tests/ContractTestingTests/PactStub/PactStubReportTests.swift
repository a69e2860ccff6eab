import Foundation
import UnderstudyCore
import MicroHTTP
import Testing
@testable import ContractTesting

@Suite struct PactStubReportTests {
    private let request = HTTPRequest(
        method: "POST", target: "/widgets?x=1", headers: ["Authorization": "Bearer s3cret", "Accept": "application/json"],
        body: Data(#"{"name":"gear"}"#.utf8))
    private let entry = PactStubEntry(
        pactName: "shop-widgets",
        interaction: PactInteraction(
            description: "a widget is created", providerStates: [ProviderState(name: "it is Monday")],
            request: PactRequest(method: "POST", path: "/widgets"), response: PactResponse()))

    @Test func listsTheClosestInteractionsAndTheirMismatches() {
        let mismatch = PactMismatch(category: .query, path: "x", reason: "Unexpected query parameter 'x' received")
        #expect(PactStubReport.unmatched(request, closest: [(entry, [mismatch])]) == """
            No pact interaction matched this request:

              POST /widgets?x=1
              Authorization: Bearer ****
              Accept: application/json

              {"name":"gear"}

            Closest interaction:

            1. 'a widget is created' (shop-widgets) given 'it is Monday'
                 query x: Unexpected query parameter 'x' received

            """)
    }

    @Test func saysWhenThereIsNothingToCompareWith() {
        #expect(PactStubReport.unmatched(request, closest: []).hasSuffix("The pacts served have no HTTP interactions.\n"))
    }

    @Test func namesTheStatesAskedForAndTheInteractionsThatMatch() {
        let report = PactStubReport.notInState(request, states: ["a", "b"], header: "X-Pact-Provider-State", candidates: [entry])
        #expect(report.hasPrefix("No pact interaction for this request is in the provider state 'a', 'b' named by X-Pact-Provider-State:\n"))
        #expect(report.hasSuffix("Interactions matching this request:\n\n1. 'a widget is created' (shop-widgets) given 'it is Monday'\n"))
    }
}
