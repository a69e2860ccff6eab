import Foundation
import UnderstudyCore

/// Compiles recordings into WireMock stub mappings.
///
/// Entries are redacted first (a recording made by Understudy is already redacted and stays as it
/// is; a browser's or another tool's export loses its secrets here). Each exchange becomes one mapping file. Exchanges whose requests compile to the same pattern
/// form a scenario chain in recorded order (the first needs `Started`, the last repeats), so
/// repeated requests get their answers in turn. A pattern with more conditions (query
/// parameters, body, headers) gets a higher priority (100 less the count), so a recorded
/// `GET /users?page=2` wins over a recorded `GET /users`; hand-written stubs (default priority
/// 5) win over both.
public struct StubCompiler: Sendable {
    /// How closely the stubs hold to the recording.
    public var profile: StubProfile

    /// A compiler for `profile`.
    public init(profile: StubProfile = .stubs) {
        self.profile = profile
    }

    /// The mappings (and body files) for every entry of `sources`, in order.
    public func compile(_ sources: [HARSource]) -> CompiledStubs {
        var compiled = CompiledStubs(sourceNames: sources.map(\.name))
        var groups: [(key: String, members: [(exchange: RecordedExchange, request: JSONValue, conditions: Int)])] = []
        var positions: [String: Int] = [:]
        let requests = RequestPatternBuilder(profile: profile)
        var redactor = Redactor()
        for source in sources {
            for (index, recorded) in source.document.log.entries.enumerated() {
                let entry = redactor.redact(recorded)
                guard (100...599).contains(entry.response.status) else {
                    compiled.notes.append("\(source.name) entry \(index): status \(entry.response.status) cannot be served; skipped")
                    continue
                }
                let exchange = RecordedExchange(entry: entry, source: source.name, index: index)
                let (request, conditions) = requests.pattern(for: exchange)
                let key = request.serialized()
                if let position = positions[key] {
                    groups[position].members.append((exchange, request, conditions))
                } else {
                    positions[key] = groups.count
                    groups.append((key, [(exchange, request, conditions)]))
                }
            }
        }
        let responses = ResponseBuilder(profile: profile)
        for group in groups {
            let scenario = group.members.count > 1 ? "\(group.members[0].exchange.title) [\(StableID.short(group.key))]" : nil
            for (step, member) in group.members.enumerated() {
                let exchange = member.exchange
                let stem = "\(exchange.source)/\(String(format: "%04d", exchange.index))-\(Self.slug(exchange))"
                let (response, bodyFile) = responses.response(for: exchange, bodyFileName: stem + Self.fileExtension(exchange))
                var mapping: [String: JSONValue] = [
                    "id": .string(StableID.uuid(for: "\(exchange.source)#\(exchange.index)")),
                    "name": .string("\(exchange.title) (\(exchange.source) #\(exchange.index))"),
                    "priority": .integer(Int64(max(1, 100 - member.conditions))),
                    "request": member.request,
                    "response": response,
                    "metadata": metadata(exchange),
                ]
                if let scenario {
                    mapping["scenarioName"] = .string(scenario)
                    mapping["requiredScenarioState"] = .string(step == 0 ? "Started" : "\(step + 1)")
                    if step < group.members.count - 1 { mapping["newScenarioState"] = .string("\(step + 2)") }
                }
                compiled.mappings.append(.init(path: "mappings/\(stem).json", data: Data((JSONValue.object(mapping).serialized(pretty: true) + "\n").utf8)))
                if let bodyFile { compiled.bodies.append(.init(path: "__files/\(stem)\(Self.fileExtension(exchange))", data: bodyFile)) }
            }
        }
        return compiled
    }

    /// Where the mapping came from, and the placeholders it holds (never values).
    private func metadata(_ exchange: RecordedExchange) -> JSONValue {
        var metadata: [String: JSONValue] = [
            "origin": "recorded", "recording": .string(exchange.source), "entry": .integer(Int64(exchange.index)),
            "startedDateTime": .string(exchange.entry.startedDateTime),
        ]
        let placeholders = Array(Set(exchange.entry.redactions.map(\.placeholder))).sorted()
        if !placeholders.isEmpty { metadata["redactions"] = .array(placeholders.map(JSONValue.string)) }
        return .object(metadata)
    }

    /// `get-api-v1-users-1012`: the method and path in lower case, other characters as `-`.
    private static func slug(_ exchange: RecordedExchange) -> String {
        let raw = (exchange.method + "-" + exchange.path).lowercased()
        let dashed = String(raw.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
        let collapsed = dashed.split(separator: "-").joined(separator: "-")
        return String(collapsed.prefix(60))
    }

    private static func fileExtension(_ exchange: RecordedExchange) -> String {
        let type = exchange.entry.response.content.mimeType.lowercased()
        if type.contains("json") { return ".json" }
        if type.contains("xml") { return ".xml" }
        if type.contains("html") { return ".html" }
        if type.hasPrefix("text/") { return ".txt" }
        return ".bin"
    }
}
