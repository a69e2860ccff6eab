import UnderstudyCore

/// A sub-permission: an entry of `$outputContext.SubPermissions` (the full desired set) or of
/// `$actionContext.CurrentPermissions` (the set granted now).
public struct SubPermission: Sendable, Hashable, Codable {
    /// The name shown in HelloID (`DisplayName`).
    public var displayName: String
    /// The sub-permission's identity, for example `{"Id": "5"}` (`Reference`).
    public var reference: JSONValue

    /// Creates a sub-permission.
    public init(displayName: String, reference: JSONValue) {
        self.displayName = displayName
        self.reference = reference
    }

    /// Decodes HelloID's JSON form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: HelloIDKey.self)
        displayName = try container.value(String.self, "DisplayName", default: "")
        reference = try container.json("Reference") ?? [:]
    }

    /// Encodes HelloID's JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: HelloIDKey.self)
        try container.encode(displayName, "DisplayName")
        try container.encode(reference, "Reference")
    }
}
