import Foundation
import UnderstudyCore

extension StubMapping {
    private static let knownFields: Set<String> = [
        "id", "uuid", "name", "priority", "request", "response", "scenarioName", "requiredScenarioState",
        "newScenarioState", "metadata", "persistent", "$schema",
    ]
    private static let unsupportedFields: Set<String> = ["postServeActions", "serveEventListeners"]

    /// Reads one mapping at `location`, reporting every problem to `log`.
    static func read(_ json: JSONValue, at location: JSONLocation, log: inout ValidationLog) -> StubMapping? {
        guard let object = ObjectReader(json, at: location, log: &log) else { return nil }
        let errorsBefore = log.errors.count
        object.reportUnknownMembers(known: knownFields, unsupported: unsupportedFields, log: &log)
        let givenID = readID(object, log: &log)
        let name = object.string("name", log: &log)
        let priority = object.integer("priority", in: 1...Int.max, log: &log) ?? defaultPriority
        let request = object["request"].flatMap { RequestPattern.read($0, at: location.appending("request"), log: &log) }
        let response = object["response"].flatMap { ResponseDefinition.read($0, at: location.appending("response"), log: &log) }
        let scenarioName = object.string("scenarioName", log: &log)
        let requiredState = object.string("requiredScenarioState", log: &log)
        let newState = object.string("newScenarioState", log: &log)
        for field in ["requiredScenarioState", "newScenarioState"] where object[field] != nil && object["scenarioName"] == nil {
            log.report("needs a scenarioName", at: location.appending(field))
        }
        let metadata = object.object("metadata", log: &log).map { JSONValue.object($0.members) }
        let persistent = object.bool("persistent", log: &log) ?? false
        guard log.errors.count == errorsBefore else { return nil }
        let id = givenID ?? UUID().uuidString.lowercased()
        var echoed = object.members
        if echoed["id"] == nil { echoed["id"] = .string(id) }
        return StubMapping(
            id: id, name: name, priority: priority, request: request ?? RequestPattern(),
            response: response ?? ResponseDefinition(), scenarioName: scenarioName, requiredScenarioState: requiredState,
            newScenarioState: newState, metadata: metadata, persistent: persistent, json: .object(echoed))
    }

    /// The id given as `id` or `uuid` (both must agree), checked to be a UUID as WireMock requires.
    private static func readID(_ object: ObjectReader, log: inout ValidationLog) -> String? {
        var ids: [String: String] = [:]
        for field in ["id", "uuid"] {
            guard let text = object.string(field, log: &log) else { continue }
            guard let uuid = UUID(uuidString: text) else {
                log.report("must be a UUID such as 5f1c2a9e-3b7d-4c1e-9a55-0d2f7e6b8c41, found \(text.quotedForReport)",
                    at: object.location.appending(field))
                continue
            }
            ids[field] = uuid.uuidString.lowercased()
        }
        if let id = ids["id"], let uuid = ids["uuid"], id != uuid {
            log.report("differs from id; uuid is only another name for id", at: object.location.appending("uuid"))
        }
        return ids["id"] ?? ids["uuid"]
    }
}
