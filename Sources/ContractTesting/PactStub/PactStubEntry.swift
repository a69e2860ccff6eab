/// One interaction a pact stub serves, with the pact it came from.
public struct PactStubEntry: Sendable, Equatable {
    /// The pact's name, `<consumer>-<provider>`.
    public var pactName: String
    /// The interaction.
    public var interaction: PactInteraction

    /// Creates an entry.
    public init(pactName: String, interaction: PactInteraction) {
        self.pactName = pactName
        self.interaction = interaction
    }
}
