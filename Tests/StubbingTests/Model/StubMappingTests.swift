import Stubbing
import Testing

@Suite struct StubMappingTests {
    @Test func scenarioGateOpensOnlyInTheRequiredState() throws {
        let gated = try stub(#"{"scenarioName": "s", "requiredScenarioState": "expired"}"#)
        #expect(gated.isEnabled(inScenarioState: "expired"))
        #expect(!gated.isEnabled(inScenarioState: StubMapping.startedState))
        let ungated = try stub(#"{"scenarioName": "s", "newScenarioState": "expired"}"#)
        #expect(ungated.isEnabled(inScenarioState: "anything"))
    }

    @Test func displayNameFallsBackToTheID() throws {
        let mapping = try stub(#"{"id": "5f1c2a9e-3b7d-4c1e-9a55-0d2f7e6b8c41"}"#)
        #expect(mapping.displayName == "5f1c2a9e-3b7d-4c1e-9a55-0d2f7e6b8c41")
    }
}
