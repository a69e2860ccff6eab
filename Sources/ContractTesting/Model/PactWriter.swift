import Foundation
import UnderstudyCore

/// Writes a ``Pact`` as a V4 document.
enum PactWriter {
    /// The whole pact.
    static func json(_ pact: Pact) -> JSONValue {
        var metadata = pact.metadata
        metadata["pact-specification"] = nil
        metadata["pactSpecificationVersion"] = nil
        metadata["pactSpecification"] = ["version": "4.0"]
        let others = pact.otherInteractions.map { other -> JSONValue in
            var object = other.json.objectValue ?? [:]
            object["type"] = .string(other.type)
            return .object(object)
        }
        return .object([
            "consumer": ["name": .string(pact.consumer)],
            "provider": ["name": .string(pact.provider)],
            "interactions": .array(pact.interactions.map(json) + others),
            "metadata": .object(metadata),
        ])
    }

    /// One HTTP interaction.
    static func json(_ interaction: PactInteraction) -> JSONValue {
        var object: [String: JSONValue] = [
            "type": "Synchronous/HTTP",
            "key": .string(interaction.resolvedKey),
            "description": .string(interaction.description),
            "pending": .bool(interaction.pending),
            "request": json(interaction.request),
            "response": json(interaction.response),
        ]
        if !interaction.providerStates.isEmpty {
            object["providerStates"] = .array(
                interaction.providerStates.map { state in
                    state.params.isEmpty
                        ? ["name": .string(state.name)]
                        : ["name": .string(state.name), "params": .object(state.params)]
                })
        }
        if !interaction.comments.isEmpty { object["comments"] = .object(interaction.comments) }
        return .object(object)
    }

    private static func json(_ request: PactRequest) -> JSONValue {
        var object: [String: JSONValue] = ["method": .string(request.method), "path": .string(request.path)]
        if !request.query.isEmpty { object["query"] = lists(request.query) }
        write(headers: request.headers, body: request.body, rules: request.matchingRules, generators: request.generators, into: &object)
        return .object(object)
    }

    private static func json(_ response: PactResponse) -> JSONValue {
        var object: [String: JSONValue] = ["status": .integer(Int64(response.status))]
        write(headers: response.headers, body: response.body, rules: response.matchingRules, generators: response.generators, into: &object)
        return .object(object)
    }

    private static func write(
        headers: [String: [String]], body: PactBody?, rules: MatchingRules, generators: JSONValue?,
        into object: inout [String: JSONValue]
    ) {
        if !headers.isEmpty { object["headers"] = lists(headers) }
        if let body { object["body"] = json(body, headerType: headers.values(forHeader: "Content-Type").first) }
        if let rules = MatchingRulesWriter.json(rules) { object["matchingRules"] = rules }
        if let generators { object["generators"] = generators }
    }

    /// `{contentType, encoded, content}`.
    private static func json(_ body: PactBody, headerType: String?) -> JSONValue {
        var object: [String: JSONValue] = [:]
        if let type = body.contentType ?? headerType { object["contentType"] = .string(type) }
        switch body.content {
        case .empty:
            object["content"] = ""
            object["encoded"] = false
        case .json(let value):
            object["content"] = value
            object["encoded"] = false
        case .text(let text):
            object["content"] = .string(text)
            object["encoded"] = false
        case .bytes(let bytes):
            object["content"] = .string(bytes.base64EncodedString())
            object["encoded"] = "base64"
        }
        return .object(object)
    }

    private static func lists(_ map: [String: [String]]) -> JSONValue {
        .object(map.mapValues { .array($0.map(JSONValue.string)) })
    }
}
