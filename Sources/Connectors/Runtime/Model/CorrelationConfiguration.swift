import UnderstudyCore

/// HelloID's `$actionContext.CorrelationConfiguration`: how create finds an existing account.
public struct CorrelationConfiguration: Sendable, Hashable, Codable {
    /// Whether correlation is switched on (`Enabled`).
    public var enabled: Bool
    /// The person field compared, for example `Person.ExternalId` (`PersonField`).
    public var personField: String?
    /// That field's value for this person (`PersonFieldValue`).
    public var personFieldValue: JSONValue?
    /// The account field compared, for example `UserName` (`AccountField`).
    public var accountField: String?
    /// The value the account field must have (`AccountFieldValue`).
    public var accountFieldValue: JSONValue?

    /// Creates a correlation configuration.
    public init(
        enabled: Bool,
        personField: String? = nil,
        personFieldValue: JSONValue? = nil,
        accountField: String? = nil,
        accountFieldValue: JSONValue? = nil
    ) {
        self.enabled = enabled
        self.personField = personField
        self.personFieldValue = personFieldValue
        self.accountField = accountField
        self.accountFieldValue = accountFieldValue
    }

    /// Decodes HelloID's JSON form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: HelloIDKey.self)
        enabled = try container.flag("Enabled") ?? false
        personField = try container.optional(String.self, "PersonField")
        personFieldValue = try container.json("PersonFieldValue")
        accountField = try container.optional(String.self, "AccountField")
        accountFieldValue = try container.json("AccountFieldValue")
    }

    /// Encodes HelloID's JSON form, every member present (`null` when unset).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: HelloIDKey.self)
        try container.encode(enabled, "Enabled")
        try container.encodeOrNull(personField, "PersonField")
        try container.encodeOrNull(personFieldValue, "PersonFieldValue")
        try container.encodeOrNull(accountField, "AccountField")
        try container.encodeOrNull(accountFieldValue, "AccountFieldValue")
    }
}
