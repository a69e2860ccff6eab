import Foundation
import UnderstudyCore

/// One WireMock stub mapping: a request pattern, the response to give, and how it ranks and
/// takes part in scenarios.
public struct StubMapping: Sendable, Identifiable {
    /// The mapping's id: the `id` (or `uuid`) given, lower-cased, or a generated UUID.
    public let id: String
    /// A name for people.
    public let name: String?
    /// The rank among matching stubs: 1 is highest; the default is 5.
    public let priority: Int
    /// What a request must look like.
    public let request: RequestPattern
    /// What to answer.
    public let response: ResponseDefinition
    /// The scenario (state machine) the mapping belongs to.
    public let scenarioName: String?
    /// The state the scenario must be in for the mapping to match.
    public let requiredScenarioState: String?
    /// The state the scenario moves to once the mapping has answered.
    public let newScenarioState: String?
    /// Free-form data, kept as given.
    public let metadata: JSONValue?
    /// Whether the mapping should be saved when changed through the admin API.
    public let persistent: Bool
    /// The mapping as given, with `id` added when it was absent, for the admin API to echo.
    public let json: JSONValue

    /// The priority of a mapping that does not set one.
    public static let defaultPriority = 5
    /// The state of a scenario that has not moved yet.
    public static let startedState = "Started"

    /// Reads and validates one mapping.
    /// - Throws: the first problem found; ``MappingFile`` reports all of them.
    public init(json: JSONValue) throws(StubValidationError) {
        var log = ValidationLog(file: nil)
        guard let mapping = Self.read(json, at: .root, log: &log), log.isClean else { throw log.errors[0] }
        self = mapping
    }

    init(
        id: String, name: String?, priority: Int, request: RequestPattern, response: ResponseDefinition,
        scenarioName: String?, requiredScenarioState: String?, newScenarioState: String?, metadata: JSONValue?,
        persistent: Bool, json: JSONValue
    ) {
        self.id = id
        self.name = name
        self.priority = priority
        self.request = request
        self.response = response
        self.scenarioName = scenarioName
        self.requiredScenarioState = requiredScenarioState
        self.newScenarioState = newScenarioState
        self.metadata = metadata
        self.persistent = persistent
        self.json = json
    }

    /// Whether the mapping may answer while its scenario is in `state` (always, outside scenarios).
    public func isEnabled(inScenarioState state: String) -> Bool {
        requiredScenarioState.map { $0 == state } ?? true
    }

    /// The name if there is one, else the id: how reports refer to the mapping.
    public var displayName: String { name.map { "\($0) (\(id))" } ?? id }
}
