import UnderstudyCore

/// Replaces the values a rule path selects inside a JSON document.
enum JSONReplacement {
    /// `document` with every value at `tokens` (the steps after `$`) passed through `transform`;
    /// steps that lead nowhere change nothing.
    static func replacing(
        at tokens: ArraySlice<RulePath.Token>, in document: JSONValue, _ transform: (JSONValue) -> JSONValue
    ) -> JSONValue {
        guard let token = tokens.first else { return transform(document) }
        let rest = tokens.dropFirst()
        switch (token, document) {
        case (.root, _):
            return replacing(at: rest, in: document, transform)
        case (.field(let name), .object(var members)):
            guard let member = members[name] else { return document }
            members[name] = replacing(at: rest, in: member, transform)
            return .object(members)
        case (.index(let index), .array(var items)):
            guard items.indices.contains(index) else { return document }
            items[index] = replacing(at: rest, in: items[index], transform)
            return .array(items)
        case (.anyIndex, .array(let items)), (.anyField, .array(let items)):
            return .array(items.map { replacing(at: rest, in: $0, transform) })
        case (.anyField, .object(let members)):
            var replaced = members
            for key in members.keys.sorted() { replaced[key] = replacing(at: rest, in: members[key]!, transform) }
            return .object(replaced)
        default:
            return document
        }
    }
}
