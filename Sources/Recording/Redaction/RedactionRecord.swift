import UnderstudyCore

/// One replacement made in a recorded exchange (the entry's `_redactions`): which secret, where,
/// and its placeholder; never the value.
public struct RedactionRecord: Sendable, Hashable, Codable {
    /// The secret's name, for example `access_token`.
    public var name: String
    /// Where in the entry: `request.headers.Authorization`, `request.url`, `response.content.text`, ...
    public var path: String
    /// Where inside that place, when it has parts: a JSON path (`$.access_token`), a form field,
    /// a query parameter or a cookie name.
    public var field: String?
    /// The placeholder written instead of the value.
    public var placeholder: String

    /// Creates a record.
    public init(name: String, path: String, field: String? = nil, placeholder: String) {
        self.name = name
        self.path = path
        self.field = field
        self.placeholder = placeholder
    }
}

/// The recording-wide summary of redactions (the log's `_redactions`): the rules applied and
/// every placeholder with how often it was written.
public struct RedactionSummary: Sendable, Hashable, Codable {
    /// One placeholder and how often it occurs.
    public struct Use: Sendable, Hashable, Codable {
        /// The placeholder.
        public var placeholder: String
        /// The secret's name.
        public var name: String
        /// How many replacements wrote it.
        public var occurrences: Int
    }

    /// The secret-name rules applied.
    public var rules: [String]
    /// The placeholders, in the order first written.
    public var placeholders: [Use]

    /// The summary of `entries` (their `_redactions` records) under `names`.
    public init(entries: [HAREntry], names: SecretNames) {
        rules = names.rules
        placeholders = []
        for entry in entries { add(entry.redactions) }
    }

    /// Counts `records` in.
    public mutating func add(_ records: [RedactionRecord]) {
        for record in records {
            if let position = placeholders.firstIndex(where: { $0.placeholder == record.placeholder }) {
                placeholders[position].occurrences += 1
            } else {
                placeholders.append(Use(placeholder: record.placeholder, name: record.name, occurrences: 1))
            }
        }
    }
}

extension HAREntry {
    /// The entry's `_redactions` records (empty when it has none or they cannot be read).
    public var redactions: [RedactionRecord] {
        get { extras["_redactions"].flatMap { try? JSONValueCoding.decode([RedactionRecord].self, from: $0) } ?? [] }
        set { extras["_redactions"] = newValue.isEmpty ? nil : JSONValueCoding.encode(newValue) }
    }
}
