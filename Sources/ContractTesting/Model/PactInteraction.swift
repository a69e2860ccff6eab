import UnderstudyCore

/// One synchronous HTTP interaction: given provider states, this request gets this response.
public struct PactInteraction: Sendable, Equatable {
    /// What the interaction is, unique within the pact.
    public var description: String
    /// The V4 key; when `nil`, ``resolvedKey`` computes one from the content.
    public var key: String?
    /// The provider states the interaction needs.
    public var providerStates: [ProviderState]
    /// Whether the interaction is pending (failures are reported but do not fail verification).
    public var pending: Bool
    /// V4 comments (`testname`, `text`, …), kept as written.
    public var comments: [String: JSONValue]
    /// The expected request.
    public var request: PactRequest
    /// The expected response.
    public var response: PactResponse

    /// Creates an interaction.
    public init(
        description: String, key: String? = nil, providerStates: [ProviderState] = [], pending: Bool = false,
        comments: [String: JSONValue] = [:], request: PactRequest, response: PactResponse
    ) {
        self.description = description
        self.key = key
        self.providerStates = providerStates
        self.pending = pending
        self.comments = comments
        self.request = request
        self.response = response
    }

    /// The key as written, or a stable hash of the interaction's content when there is none.
    public var resolvedKey: String { key ?? InteractionKey.compute(for: self) }
}

/// An interaction that is not synchronous HTTP (for example a message), kept as written so that it
/// survives a rewrite, but not matched.
public struct PactOtherInteraction: Sendable, Equatable {
    /// The V4 `type`, such as `Asynchronous/Messages`.
    public var type: String
    /// The description, when there is one.
    public var description: String
    /// The interaction object as read.
    public var json: JSONValue

    /// Creates an interaction kept as written.
    public init(type: String, description: String, json: JSONValue) {
        self.type = type
        self.description = description
        self.json = json
    }
}
