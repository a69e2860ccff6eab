import Foundation
import UnderstudyCore

/// Reads pact files of specification V1–V4 into a ``Pact``.
enum PactReader {
    /// Reads a whole pact document.
    static func read(_ data: Data, file: String?) throws(PactLoadError) -> Pact {
        let root: JSONValue
        do {
            root = try JSONValue(parsing: data)
        } catch {
            throw PactLoadError(file: file, jsonPath: "$", reason: error.description)
        }
        let cursor = JSONCursor(root: root, file: file)
        guard case .object = root else { throw cursor.failure("expected a pact object, found \(root.typeName)") }
        let metadata = cursor.member("metadata")?.value.objectValue ?? [:]
        let specification = try Self.specification(cursor, metadata: metadata)
        var pact = Pact(
            consumer: try name(of: "consumer", in: cursor),
            provider: try name(of: "provider", in: cursor),
            metadata: metadata,
            specification: specification
        )
        let parts = PactPartReader(specification: specification)
        for item in try cursor.member("interactions")?.items() ?? [] {
            try readInteraction(item, parts: parts, into: &pact)
        }
        for item in try cursor.member("messages")?.items() ?? [] {
            let description = try item.optionalString("description") ?? ""
            pact.otherInteractions.append(PactOtherInteraction(type: "Asynchronous/Messages", description: description, json: item.value))
            pact.notes.append("\(item.path) '\(description)' is a message, not HTTP: kept but not matched")
        }
        return pact
    }

    private static func readInteraction(_ item: JSONCursor, parts: PactPartReader, into pact: inout Pact) throws(PactLoadError) {
        guard case .object = item.value else { throw item.failure("expected an interaction object, found \(item.value.typeName)") }
        let type = try item.optionalString("type")
        let description = try item.requiredString("description")
        let isHTTP = type.map { $0 == "Synchronous/HTTP" } ?? (item.has("request") || item.has("response"))
        guard isHTTP else {
            let kind = type ?? "untyped"
            pact.otherInteractions.append(PactOtherInteraction(type: kind, description: description, json: item.value))
            pact.notes.append("\(item.path) '\(description)' has type \(kind), not Synchronous/HTTP: kept but not matched")
            return
        }
        guard let request = item.member("request") else { throw item.failure("missing required 'request'") }
        guard let response = item.member("response") else { throw item.failure("missing required 'response'") }
        pact.interactions.append(
            PactInteraction(
                description: description,
                key: try item.optionalString("key"),
                providerStates: try providerStates(item),
                pending: try item.member("pending")?.bool() ?? false,
                comments: item.member("comments")?.value.objectValue ?? [:],
                request: try parts.request(request),
                response: try parts.response(response)
            ))
    }

    private static func name(of party: String, in cursor: JSONCursor) throws(PactLoadError) -> String {
        guard let member = cursor.member(party) else { throw cursor.failure("missing required '\(party)'") }
        return try member.requiredString("name")
    }

    /// V3/V4 `providerStates` list, or the V1/V2 `providerState` / `provider_state` string.
    private static func providerStates(_ item: JSONCursor) throws(PactLoadError) -> [ProviderState] {
        if let list = item.member("providerStates") {
            var states: [ProviderState] = []
            for state in try list.items() {
                states.append(
                    ProviderState(name: try state.requiredString("name"), params: state.member("params")?.value.objectValue ?? [:]))
            }
            return states
        }
        if let name = try item.optionalString("providerState") {
            return [ProviderState(name: name)]
        }
        if let name = try item.optionalString("provider_state") {
            return [ProviderState(name: name)]
        }
        return []
    }

    /// The version from the metadata, or a guess from the shape of the interactions.
    private static func specification(_ cursor: JSONCursor, metadata: [String: JSONValue]) throws(PactLoadError) -> PactSpecification {
        let written =
            metadata["pactSpecification"]?["version"]?.stringValue
            ?? metadata["pact-specification"]?["version"]?.stringValue
            ?? metadata["pactSpecificationVersion"]?.stringValue
        if let written {
            guard let version = PactSpecification(versionString: written) else {
                throw cursor.failure("unsupported pact specification version '\(written)'")
            }
            return version
        }
        let interactions = cursor.value["interactions"]?.arrayValue ?? []
        if interactions.contains(where: { $0["type"] != nil }) { return .v4 }
        let looksV3 = interactions.contains { interaction in
            interaction["providerStates"] != nil || interaction["request"]?["query"]?.objectValue != nil
        }
        return looksV3 || cursor.value["messages"] != nil ? .v3 : .v2
    }
}
