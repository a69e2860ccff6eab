import UnderstudyCore

/// A value met while rendering: literal, request attribute, loop element or helper result.
enum TemplateValue: Sendable {
    /// Nothing there: renders as empty text and is falsy.
    case missing
    /// Plain text.
    case text(String)
    /// A JSON value, from `jsonPath` or a literal.
    case json(JSONValue)
    /// A multi-valued request attribute (query parameter, header, cookie): renders as the first
    /// value, and `{{#each}}` iterates all of them.
    case list([String])

    /// The text written for this value: strings as they are, `null` and missing as nothing,
    /// other JSON as compact JSON, a list as its first value.
    var renderedText: String {
        switch self {
        case .missing: return ""
        case .text(let text): return text
        case .json(.null): return ""
        case .json(let value): return value.plainText
        case .list(let values): return values.first ?? ""
        }
    }

    /// Handlebars truthiness, as WireMock sees it: missing, `null`, `false`, `0`, the empty
    /// string, the string `"false"` (any case) and empty arrays are false; everything else is
    /// true. A list counts as the first value it renders as.
    var isTruthy: Bool {
        switch self {
        case .missing: return false
        case .text(let text): return Self.isTruthy(text)
        case .list(let values): return values.first.map(Self.isTruthy) ?? false
        case .json(let value):
            switch value {
            case .null: return false
            case .bool(let flag): return flag
            case .integer(let number): return number != 0
            case .double(let number): return number != 0
            case .string(let text): return Self.isTruthy(text)
            case .array(let items): return !items.isEmpty
            case .object: return true
            }
        }
    }

    private static func isTruthy(_ text: String) -> Bool {
        !text.isEmpty && text.lowercased() != "false"
    }

    /// The number this value stands for: a JSON number, or text that reads as one.
    var number: Double? {
        switch self {
        case .json(let value): return value.doubleValue ?? value.stringValue.flatMap { Double($0) }
        case .text(let text): return Double(text)
        case .list(let values): return values.first.flatMap { Double($0) }
        case .missing: return nil
        }
    }

    /// Whether this value is a JSON number (not text that happens to read as one).
    var isJSONNumber: Bool {
        if case .json(let value) = self { return value.doubleValue != nil }
        return false
    }

    /// The value at `component`: an object member, an array element or a list value.
    func member(_ component: PathComponent) -> TemplateValue {
        switch self {
        case .json(.object(let members)):
            return members[component.name].map(TemplateValue.json) ?? .missing
        case .json(.array(let items)):
            guard let index = component.index, items.indices.contains(index) else { return .missing }
            return .json(items[index])
        case .list(let values):
            guard let index = component.index, values.indices.contains(index) else { return .missing }
            return .text(values[index])
        default:
            return .missing
        }
    }

    /// The value at the end of `path`, or missing.
    func value(at path: [PathComponent]) -> TemplateValue {
        var current = self
        for component in path {
            current = current.member(component)
            if case .missing = current { return .missing }
        }
        return current
    }

    /// What `{{#each}}` iterates: array and list elements in order, object members by sorted key
    /// (JSON objects keep no order); nothing for anything else.
    var elements: [(key: String?, value: TemplateValue)] {
        switch self {
        case .json(.array(let items)): return items.map { (nil, .json($0)) }
        case .json(.object(let members)): return members.keys.sorted().map { ($0, .json(members[$0]!)) }
        case .list(let values): return values.map { (nil, .text($0)) }
        default: return []
        }
    }
}
