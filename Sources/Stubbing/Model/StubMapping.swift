import Foundation
import UnderstudyCore

/// One WireMock stub mapping: a request pattern, the response to give, and how it ranks and
/// takes part in scenarios.
public struct StubMapping: Sendable, Identifiable {
    /// The fields, immutable and shared: a mapping is copied for every request it is matched
    /// against, and one reference copies faster than a dozen fields.
    private final class Storage: Sendable {
        let id: String
        let name: String?
        let priority: Int
        let request: RequestPattern
        let response: ResponseDefinition
        let scenarioName: String?
        let requiredScenarioState: String?
        let newScenarioState: String?
        let metadata: JSONValue?
        let persistent: Bool
        let json: JSONValue

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
    }

    private let storage: Storage

    /// The mapping's id: the `id` (or `uuid`) given, lower-cased, or a generated UUID.
    public var id: String { storage.id }
    /// A name for people.
    public var name: String? { storage.name }
    /// The rank among matching stubs: 1 is highest; the default is 5.
    public var priority: Int { storage.priority }
    /// What a request must look like.
    public var request: RequestPattern { storage.request }
    /// What to answer.
    public var response: ResponseDefinition { storage.response }
    /// The scenario (state machine) the mapping belongs to.
    public var scenarioName: String? { storage.scenarioName }
    /// The state the scenario must be in for the mapping to match.
    public var requiredScenarioState: String? { storage.requiredScenarioState }
    /// The state the scenario moves to once the mapping has answered.
    public var newScenarioState: String? { storage.newScenarioState }
    /// Free-form data, kept as given.
    public var metadata: JSONValue? { storage.metadata }
    /// Whether the mapping should be saved when changed through the admin API.
    public var persistent: Bool { storage.persistent }
    /// The mapping as given, with `id` added when it was absent, for the admin API to echo.
    public var json: JSONValue { storage.json }

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
        storage = Storage(
            id: id, name: name, priority: priority, request: request, response: response, scenarioName: scenarioName,
            requiredScenarioState: requiredScenarioState, newScenarioState: newScenarioState, metadata: metadata,
            persistent: persistent, json: json)
    }

    /// Whether the mapping may answer while its scenario is in `state` (always, outside scenarios).
    public func isEnabled(inScenarioState state: String) -> Bool {
        requiredScenarioState.map { $0 == state } ?? true
    }

    /// Evaluates the request pattern against `input` where the pattern is stored, without copying it.
    func evaluate(_ input: MatchInput, isDetailed: Bool) -> RequestMatch? {
        storage.request.evaluate(input, isDetailed: isDetailed)
    }

    /// The name if there is one, else the id: how reports refer to the mapping.
    public var displayName: String { name.map { "\($0) (\(id))" } ?? id }
}
