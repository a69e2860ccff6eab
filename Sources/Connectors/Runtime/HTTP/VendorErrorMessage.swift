import UnderstudyCore

/// Finds the human-readable message in a vendor's error body.
enum VendorErrorMessage {
    private static let maximumLength = 500

    /// The message of an error body: from JSON (`message`/`Message`, `error` with
    /// `error_description`, `resultMsg`, `errors[0].title`/`message`/`detail`, validation
    /// dictionaries, problem details `title`/`detail`), else the body text itself; `nil` when empty.
    static func extract(from text: String) -> String? {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else { return nil }
        guard let json = try? JSONValue(parsing: trimmed) else { return shortened(trimmed) }
        return message(in: json).map(shortened)
    }

    private static func message(in json: JSONValue) -> String? {
        switch json {
        case .string(let text): return text.isEmpty ? nil : text
        case .object: return objectMessage(json)
        case .array(let items): return items.first.flatMap(message(in:))
        default: return nil
        }
    }

    private static func objectMessage(_ json: JSONValue) -> String? {
        if let message = text(json, "message") { return message }
        let code = text(json, "error")
        if let description = text(json, "error_description") {
            return code.map { "\($0): \(description)" } ?? description
        }
        if let message = text(json, "resultMsg") { return message }
        if let errors = json.member("errors"), let message = errorsMessage(errors) { return message }
        if let code { return code }
        if let error = json.member("error"), case .object = error, let message = objectMessage(error) { return message }
        switch (text(json, "title"), text(json, "detail")) {
        case (let title?, let detail?): return "\(title): \(detail)"
        case (let title?, nil): return title
        case (nil, let detail?): return detail
        case (nil, nil): return nil
        }
    }

    private static func errorsMessage(_ errors: JSONValue) -> String? {
        switch errors {
        case .array(let items):
            guard let first = items.first else { return nil }
            if case .object = first {
                return text(first, "title") ?? text(first, "message") ?? text(first, "detail") ?? text(first, "description")
            }
            return message(in: first)
        case .object(let members):
            guard let name = members.keys.sorted().first, let detail = message(in: members[name]!) else { return nil }
            return "\(name): \(detail)"
        default:
            return message(in: errors)
        }
    }

    private static func text(_ json: JSONValue, _ name: String) -> String? {
        guard let text = json.member(name)?.stringValue?.trimmingWhitespace, !text.isEmpty else { return nil }
        return text
    }

    private static func shortened(_ text: String) -> String {
        text.count <= maximumLength ? text : String(text.prefix(maximumLength)) + "…"
    }
}
