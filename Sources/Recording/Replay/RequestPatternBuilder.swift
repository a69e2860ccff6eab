import Foundation
import MicroHTTP
import UnderstudyCore

/// Writes the WireMock `request` object that identifies a recorded request: method, path, query,
/// and for writes the body; under ``StubProfile/stubs`` also the `Authorization` scheme.
struct RequestPatternBuilder {
    var profile: StubProfile

    /// The pattern and how many conditions it sets besides method and path (more conditions, more
    /// specific, higher priority).
    func pattern(for exchange: RecordedExchange) -> (json: JSONValue, conditions: Int) {
        var request: [String: JSONValue] = ["method": .string(exchange.method)]
        if Placeholder.occurs(in: exchange.rawPath) {
            request["urlPathPattern"] = .string(StubProfile.regex(for: exchange.rawPath, placeholder: "[^/]+"))
        } else {
            request["urlPath"] = .string(exchange.rawPath)
        }
        var conditions = 0
        let query = queryParameters(exchange.query)
        if !query.isEmpty {
            request["queryParameters"] = .object(query)
            conditions += query.count
        }
        if profile == .stubs, let authorization = exchange.entry.request.header("Authorization") {
            let scheme = authorization.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
            let regex = authorization.contains(" ") ? NSRegularExpression.escapedPattern(for: scheme) + " .+" : ".+"
            request["headers"] = ["Authorization": ["matches": .string(regex)]]
            conditions += 1
        }
        if exchange.isWrite {
            if exchange.hasFormBody, let text = exchange.requestText {
                let fields = queryParameters(FormEncoding.decode(text))
                if !fields.isEmpty {
                    request["formParameters"] = .object(fields)
                    conditions += fields.count
                }
            } else if let patterns = bodyPatterns(exchange) {
                request["bodyPatterns"] = .array(patterns)
                conditions += 1
            }
        }
        return (.object(request), conditions)
    }

    /// `{name: matcher}` for each name, `hasExactly` when a name repeats.
    private func queryParameters(_ pairs: [(name: String, value: String)]) -> [String: JSONValue] {
        var values: [String: [String]] = [:]
        for pair in pairs { values[pair.name, default: []].append(pair.value) }
        return values.mapValues { list in
            list.count == 1 ? profile.matcher(for: list[0]) : ["hasExactly": .array(list.map(profile.matcher))]
        }
    }

    /// Body matchers for a write's body: `equalToJson` (volatile members checked apart with
    /// `matchesJsonPath`), or `equalTo` / `matches` for text; none for an empty or binary body.
    private func bodyPatterns(_ exchange: RecordedExchange) -> [JSONValue]? {
        if case .object(let members)? = exchange.requestJSON {
            var volatile: [(path: String, kind: VolatileValue?)] = []
            let stripped = strip(members, path: "$", into: &volatile)
            guard !volatile.isEmpty else { return [["equalToJson": .object(members)]] }
            let checks: [JSONValue] = volatile.map { item in
                guard let kind = item.kind, kind != .placeholder else { return ["matchesJsonPath": .string(item.path)] }
                return ["matchesJsonPath": ["expression": .string(item.path), "matches": .string(kind.regex)]]
            }
            return [["equalToJson": .object(stripped), "ignoreExtraElements": true]] + checks
        }
        return exchange.requestText.map { [profile.matcher(for: $0)] }
    }

    /// `members` without the members holding volatile values; each removed member's path goes to
    /// `volatile` (with its kind when the member was a volatile string, else `nil`: an array or a
    /// value holding placeholders somewhere inside, checked for presence only).
    private func strip(_ members: [String: JSONValue], path: String, into volatile: inout [(path: String, kind: VolatileValue?)])
        -> [String: JSONValue]
    {
        var kept: [String: JSONValue] = [:]
        for (key, value) in members.sorted(by: { $0.key < $1.key }) {
            let child = JSONPathText.member(path, key)
            switch value {
            case .string(let text) where profile.volatileKind(of: text) != nil || Placeholder.occurs(in: text):
                volatile.append((child, profile.volatileKind(of: text)))
            case .object(let inner):
                kept[key] = .object(strip(inner, path: child, into: &volatile))
            case .array where containsVolatile(value):
                volatile.append((child, nil))
            default:
                kept[key] = value
            }
        }
        return kept
    }

    private func containsVolatile(_ value: JSONValue) -> Bool {
        switch value {
        case .string(let text): return profile.volatileKind(of: text) != nil || Placeholder.occurs(in: text)
        case .array(let items): return items.contains(where: containsVolatile)
        case .object(let members): return members.values.contains(where: containsVolatile)
        default: return false
        }
    }
}
