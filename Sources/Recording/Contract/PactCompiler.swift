import ContractTesting
import Foundation
import MicroHTTP
import UnderstudyCore

/// Compiles recordings into a Pact V4 contract: one interaction per exchange, with matching
/// rules for the volatile values (see ``PactRules``) and for the `Authorization` scheme. Entries
/// are redacted first, as ``StubCompiler`` does.
public struct PactCompiler: Sendable {
    /// The consumer's name.
    public var consumer: String
    /// The provider's name.
    public var provider: String

    /// A compiler writing contracts between `consumer` and `provider`.
    public init(consumer: String, provider: String) {
        self.consumer = consumer
        self.provider = provider
    }

    /// The contract for every entry of `sources` whose status can be served, in order.
    public func compile(_ sources: [HARSource]) -> Pact {
        var interactions: [PactInteraction] = []
        var descriptions: [String: Int] = [:]
        var redactor = Redactor()
        for source in sources {
            for (index, recorded) in source.document.log.entries.enumerated() where (100...599).contains(recorded.response.status) {
                let entry = redactor.redact(recorded)
                let exchange = RecordedExchange(entry: entry, source: source.name, index: index)
                var description = exchange.title
                if !exchange.query.isEmpty { description += "?" + exchange.query.map { "\($0.name)=\($0.value)" }.joined(separator: "&") }
                let seen = descriptions[description, default: 0] + 1
                descriptions[description] = seen
                if seen > 1 { description += " (\(seen))" }
                interactions.append(PactInteraction(
                    description: description,
                    comments: ["text": .array([.string("recorded in \(source.name), entry \(index)")])],
                    request: request(exchange), response: response(exchange)))
            }
        }
        return Pact(consumer: consumer, provider: provider, interactions: interactions)
    }

    private func request(_ exchange: RecordedExchange) -> PactRequest {
        var rules = MatchingRules()
        var headers: [String: [String]] = [:]
        if let authorization = exchange.entry.request.header("Authorization") {
            headers["Authorization"] = [authorization]
            let scheme = authorization.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
            let regex = authorization.contains(" ") ? "^" + NSRegularExpression.escapedPattern(for: scheme) + " .+$" : "^.+$"
            rules.header["Authorization"] = RuleGroup([.regex(regex)])
        }
        if !exchange.requestBody.isEmpty, !exchange.requestMimeType.isEmpty { headers["Content-Type"] = [exchange.requestMimeType] }
        var query: [String: [String]] = [:]
        for pair in exchange.query {
            query[pair.name, default: []].append(pair.value)
            if let rule = PactRules.text(pair.value) { rules.query[pair.name] = rule }
        }
        if Placeholder.occurs(in: exchange.path) {
            rules.path = RuleGroup([.regex("^" + StubProfile.regex(for: exchange.path, placeholder: "[^/]+") + "$")])
        }
        let body = self.body(exchange.requestBody, json: exchange.requestJSON, contentType: exchange.requestMimeType)
        if let json = exchange.requestJSON {
            rules.body = PactRules.body(json)
        } else if exchange.hasFormBody, let text = exchange.requestText {
            for field in FormEncoding.decode(text) {
                if let rule = PactRules.text(field.value) { rules.body[RulePath(tokens: [.root, .field(field.name)])] = rule }
            }
        }
        return PactRequest(method: exchange.method, path: exchange.path, query: query, headers: headers, body: body, matchingRules: rules)
    }

    private func response(_ exchange: RecordedExchange) -> PactResponse {
        var headers: [String: [String]] = [:]
        let contentType = exchange.entry.response.header("Content-Type") ?? exchange.entry.response.content.mimeType
        if !contentType.isEmpty { headers["Content-Type"] = [contentType] }
        if let location = exchange.entry.response.header("Location") { headers["Location"] = [location] }
        var rules = MatchingRules()
        if let json = exchange.responseJSON { rules.body = PactRules.body(json) }
        return PactResponse(
            status: exchange.entry.response.status, headers: headers,
            body: body(exchange.responseBody, json: exchange.responseJSON, contentType: contentType), matchingRules: rules)
    }

    /// A JSON, text or binary body; `nil` for an empty one.
    private func body(_ data: Data, json: JSONValue?, contentType: String) -> PactBody? {
        guard !data.isEmpty else { return nil }
        let type = contentType.isEmpty ? nil : contentType
        if let json { return PactBody(contentType: type ?? "application/json", content: .json(json)) }
        if !data.contains(0), let text = String(data: data, encoding: .utf8) { return PactBody(contentType: type ?? "text/plain", content: .text(text)) }
        return PactBody(contentType: type ?? "application/octet-stream", content: .bytes(data))
    }
}
