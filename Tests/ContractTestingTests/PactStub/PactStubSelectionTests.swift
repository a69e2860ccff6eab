import MicroHTTP
import Testing
@testable import ContractTesting

@Suite struct PactStubSelectionTests {
    private func interaction(_ description: String, _ path: String, states: [String] = []) -> PactInteraction {
        PactInteraction(
            description: description, providerStates: states.map { ProviderState(name: $0) }, request: PactRequest(path: path),
            response: PactResponse())
    }

    private var interactions: [PactInteraction] {
        [
            interaction("widget", "/widgets/7", states: ["widget 7 exists"]),
            interaction("gone", "/widgets/7", states: ["widget 7 does not exist"]),
            interaction("plain", "/widgets/7"),
            interaction("both", "/widgets/7", states: ["widget 7 exists", "it is Monday"]),
            interaction("list", "/widgets"),
        ]
    }

    private func select(_ path: String, header: [String]? = nil, active: [String] = []) -> PactStubSelection {
        PactStubSelection.select(ObservedRequest(method: "GET", path: path), among: interactions, headerStates: header, activeStates: active)
    }

    @Test func aSingleMatchAnswers() {
        #expect(select("/widgets") == .matched(4))
    }

    @Test func theHeaderChoosesAmongInteractionsForTheSameRequest() {
        #expect(select("/widgets/7", header: ["Widget 7 does not exist"]) == .matched(1))
        #expect(select("/widgets/7", header: ["widget 7 exists"]) == .matched(0))
        #expect(select("/widgets/7", header: ["widget 7 exists", "it is Monday"]) == .matched(3))
        #expect(select("/widgets/7", header: []) == .matched(2))
    }

    @Test func aHeaderNamingNoMatchingStateIsRefused() {
        var without = interactions
        without.remove(at: 2)
        let selection = PactStubSelection.select(
            ObservedRequest(method: "GET", path: "/widgets/7"), among: without, headerStates: ["a unicorn exists"], activeStates: [])
        #expect(selection == .notInState(states: ["a unicorn exists"], candidates: [0, 1, 2]))
    }

    @Test func withoutAHeaderTheMostRecentlySetUpStatesDecide() {
        #expect(select("/widgets/7", active: ["widget 7 does not exist"]) == .matched(1))
        #expect(select("/widgets/7", active: ["widget 7 does not exist", "widget 7 exists"]) == .matched(0))
        #expect(select("/widgets/7", active: ["widget 7 exists", "it is Monday"]) == .matched(3))
    }

    @Test func withoutAnyStatesAStatelessInteractionIsPreferred() {
        #expect(select("/widgets/7") == .matched(2))
        #expect(select("/widgets/7", active: ["a unicorn exists"]) == .matched(2))
    }

    @Test func anUnmatchedRequestListsTheClosestInteractions() {
        guard case .unmatched(let closest) = select("/widgets/8") else {
            Issue.record("expected no match")
            return
        }
        #expect(closest.map(\.index) == [0, 1, 2])
        #expect(closest.first?.mismatches.first?.category == .path)
    }
}
