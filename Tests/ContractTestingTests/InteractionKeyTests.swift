import Testing

@testable import ContractTesting

@Suite struct InteractionKeyTests {
    private let interaction = PactInteraction(
        description: "get contact", providerStates: [ProviderState(name: "a contact exists")],
        request: PactRequest(path: "/contacts/1"), response: PactResponse(status: 200))

    @Test func isStableSixteenHexDigits() {
        let key = InteractionKey.compute(for: interaction)
        #expect(key.count == 16)
        #expect(key.allSatisfy { $0.isHexDigit })
        #expect(InteractionKey.compute(for: interaction) == key)
    }

    @Test func dependsOnContentButNotOnAnExistingKey() {
        var changed = interaction
        changed.response.status = 404
        #expect(InteractionKey.compute(for: changed) != InteractionKey.compute(for: interaction))
        var keyed = interaction
        keyed.key = "custom"
        #expect(InteractionKey.compute(for: keyed) == InteractionKey.compute(for: interaction))
        #expect(keyed.resolvedKey == "custom")
        #expect(interaction.resolvedKey == InteractionKey.compute(for: interaction))
    }
}
