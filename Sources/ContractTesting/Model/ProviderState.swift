import UnderstudyCore

/// A state the provider must be in for an interaction, with optional parameters.
public struct ProviderState: Sendable, Equatable {
    /// The state's name, for example `a contact exists`.
    public var name: String
    /// Parameters of the state.
    public var params: [String: JSONValue]

    /// Creates a provider state.
    public init(name: String, params: [String: JSONValue] = [:]) {
        self.name = name
        self.params = params
    }
}
