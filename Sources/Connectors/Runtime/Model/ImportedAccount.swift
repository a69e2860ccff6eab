import UnderstudyCore

/// One account found by the account import action (one output object of HelloID's `import.ps1`).
public struct ImportedAccount: Sendable, Hashable, Codable {
    /// The account's reference, as create would have returned it (`AccountReference`).
    public var accountReference: JSONValue
    /// The name shown in HelloID, at most 100 characters (`DisplayName`).
    public var displayName: String
    /// The account's user name, at most 100 characters (`UserName`).
    public var userName: String?
    /// Whether the account is enabled (`Enabled`).
    public var enabled: Bool
    /// The account's fields, keyed by the names in `ImportFields` (`Data`).
    public var data: JSONValue

    /// Creates an imported account.
    public init(accountReference: JSONValue, displayName: String, userName: String? = nil, enabled: Bool, data: JSONValue = [:]) {
        self.accountReference = accountReference
        self.displayName = displayName
        self.userName = userName
        self.enabled = enabled
        self.data = data
    }

    /// Decodes HelloID's JSON form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: HelloIDKey.self)
        accountReference = try container.json("AccountReference") ?? .null
        displayName = try container.value(String.self, "DisplayName", default: "")
        userName = try container.optional(String.self, "UserName")
        enabled = try container.flag("Enabled") ?? false
        data = try container.json("Data") ?? [:]
    }

    /// Encodes HelloID's JSON form; `UserName` only when set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: HelloIDKey.self)
        try container.encode(accountReference, "AccountReference")
        try container.encode(displayName, "DisplayName")
        try container.encodeIfPresent(userName, "UserName")
        try container.encode(enabled, "Enabled")
        try container.encode(data, "Data")
    }
}
