import UnderstudyCore

/// HelloID's `$personContext`: the person an action is for.
///
/// The person is HelloID's person model as JSON (`ExternalId`, `DisplayName`, `Name`, `Contact`,
/// `PrimaryContract`, `Contracts`, `Accounts`, …), kept free-form so every field HelloID sends
/// survives. Read fields with ``value(at:)``.
public struct PersonContext: Sendable, Hashable, Codable {
    /// The person (`Person`), a JSON object.
    public var person: JSONValue
    /// The primary manager as a person object (`Manager`).
    public var manager: JSONValue?
    /// Per-field change information for update (`PersonDifferences`), for example
    /// `{"DisplayName": {"Change": "Updated", "New": "…", "Old": "…"}}`.
    public var personDifferences: JSONValue?

    /// Creates a person context.
    public init(person: JSONValue = [:], manager: JSONValue? = nil, personDifferences: JSONValue? = nil) {
        self.person = person
        self.manager = manager
        self.personDifferences = personDifferences
    }

    /// The person field at a dotted path as HelloID writes it in mappings and correlation settings,
    /// for example `Person.PrimaryContract.Department.ExternalId` or `ExternalId`. A leading
    /// `Person.` is optional and names are matched without regard to case.
    public func value(at path: String) -> JSONValue? {
        var components = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if components.count > 1, components[0].lowercased() == "person", person.member(components[0]) == nil {
            components.removeFirst()
        }
        return person.value(atPath: components)
    }

    /// Decodes HelloID's JSON form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: HelloIDKey.self)
        person = try container.json("Person") ?? [:]
        manager = try container.json("Manager")
        personDifferences = try container.json("PersonDifferences")
    }

    /// Encodes HelloID's JSON form; `Manager` and `PersonDifferences` only when set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: HelloIDKey.self)
        try container.encode(person, "Person")
        try container.encodeIfPresent(manager, "Manager")
        try container.encodeIfPresent(personDifferences, "PersonDifferences")
    }
}
