import UnderstudyCore

/// How values are shown in mismatch messages.
enum ValueText {
    /// Strings in single quotes, other values as compact JSON, long text shortened.
    static func describe(_ value: JSONValue) -> String {
        let text: String
        if case .string(let string) = value { text = "'\(string)'" } else { text = value.serialized() }
        return shorten(text)
    }

    /// `text` cut to a readable length.
    static func shorten(_ text: String, limit: Int = 120) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
