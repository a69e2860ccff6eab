import Foundation
import Testing
@testable import ContractTesting

@Suite struct InteractionOutcomeTests {
    private let interaction = PactInteraction(
        description: "a request for user 1012", providerStates: [ProviderState(name: "user 1012 exists")],
        request: PactRequest(path: "/users/1012"), response: PactResponse(status: 200))

    @Test func aPassingInteractionKeepsItsStatesAndRequestAsDetails() {
        let outcome = InteractionOutcome(interaction: interaction, requestLine: "GET /users/1012", status: 200, notes: ["a note"])
        let item = outcome.reportCase(scrubber: SecretScrubber(extraHeaders: [:]))
        #expect(item.passed)
        #expect(item.interactions == 1)
        #expect(item.details == "given 'user 1012 exists'\nrequest: GET /users/1012 -> 200\nnote: a note")
    }

    @Test func aFailureShowsTheRequestTheDiffAndTheBody() {
        let outcome = InteractionOutcome(
            interaction: interaction, requestLine: "GET /users/1012", status: 404, responseBody: Data(#"{"Message":"User not found."}"#.utf8),
            mismatches: [PactMismatch(category: .status, expected: "200", actual: "404", reason: "Expected status 200 but received 404")])
        let item = outcome.reportCase(scrubber: SecretScrubber(extraHeaders: [:]))
        #expect(item.failure == """
            GET /users/1012 answered 404
            1) status: Expected status 200 but received 404
               - expected: 200
               + actual:   404
            response body: {"Message":"User not found."}
            """)
    }

    @Test func aPendingInteractionReportsButDoesNotFail() {
        var pending = interaction
        pending.pending = true
        let outcome = InteractionOutcome(interaction: pending, errors: ["provider state 'user 1012 exists' could not be set up: refused"])
        let item = outcome.reportCase(scrubber: SecretScrubber(extraHeaders: [:]))
        #expect(item.passed)
        #expect(item.name == "a request for user 1012 [pending]")
        #expect(item.interactions == 0)
        #expect(item.details?.contains("pending interaction: its failure does not fail the verification") == true)
        #expect(item.details?.contains("  provider state 'user 1012 exists' could not be set up: refused") == true)
    }
}
