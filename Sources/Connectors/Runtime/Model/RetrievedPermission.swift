import UnderstudyCore

/// One permission reported by the retrieve-permissions action (`$outputContext.Permissions`).
///
/// HelloID stores `identification` and passes it back as `References.Permission` when it grants
/// or revokes the permission.
public struct RetrievedPermission: Sendable, Hashable, Codable {
    /// The name shown in HelloID, at most 100 characters (`DisplayName`).
    public var displayName: String
    /// The permission's identity, for example `{"Reference": "42"}` (`Identification`).
    public var identification: JSONValue

    /// Creates a retrieved permission.
    public init(displayName: String, identification: JSONValue) {
        self.displayName = displayName
        self.identification = identification
    }

    /// Decodes HelloID's JSON form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: HelloIDKey.self)
        displayName = try container.value(String.self, "DisplayName", default: "")
        identification = try container.json("Identification") ?? [:]
    }

    /// Encodes HelloID's JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: HelloIDKey.self)
        try container.encode(displayName, "DisplayName")
        try container.encode(identification, "Identification")
    }
}
