import UnderstudyCore

/// One permission membership batch found by the permission import action: a permission and
/// accounts that hold it (one output object of HelloID's permission `import.ps1`).
public struct ImportedPermission: Sendable, Hashable, Codable {
    /// HelloID accepts at most this many account references in one object.
    public static let maximumAccountReferences = 500

    /// The permission's identification, as retrieve-permissions reported it (`PermissionReference`).
    public var permissionReference: JSONValue
    /// The permission's name, at most 100 characters (`DisplayName`).
    public var displayName: String
    /// A description of the permission (`Description`).
    public var description: String?
    /// The accounts holding the permission (`AccountReferences`).
    public var accountReferences: [JSONValue]
    /// For sub-permissions: the sub-permission's identity (`SubPermissionReference`); then
    /// ``permissionReference`` points at the parent permission.
    public var subPermissionReference: JSONValue?
    /// For sub-permissions: the sub-permission's name (`SubPermissionDisplayName`).
    public var subPermissionDisplayName: String?

    /// Creates a permission membership object.
    public init(
        permissionReference: JSONValue,
        displayName: String,
        description: String? = nil,
        accountReferences: [JSONValue],
        subPermissionReference: JSONValue? = nil,
        subPermissionDisplayName: String? = nil
    ) {
        self.permissionReference = permissionReference
        self.displayName = displayName
        self.description = description
        self.accountReferences = accountReferences
        self.subPermissionReference = subPermissionReference
        self.subPermissionDisplayName = subPermissionDisplayName
    }

    /// This membership split into objects of at most ``maximumAccountReferences`` accounts each,
    /// all with the same permission, as HelloID requires for large memberships.
    public func batched() -> [ImportedPermission] {
        guard accountReferences.count > Self.maximumAccountReferences else { return [self] }
        return stride(from: 0, to: accountReferences.count, by: Self.maximumAccountReferences).map { start in
            var batch = self
            batch.accountReferences = Array(accountReferences[start..<min(start + Self.maximumAccountReferences, accountReferences.count)])
            return batch
        }
    }

    /// Decodes HelloID's JSON form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: HelloIDKey.self)
        permissionReference = try container.json("PermissionReference") ?? [:]
        displayName = try container.value(String.self, "DisplayName", default: "")
        description = try container.optional(String.self, "Description")
        accountReferences = try container.value([JSONValue].self, "AccountReferences", default: [])
        subPermissionReference = try container.json("SubPermissionReference")
        subPermissionDisplayName = try container.optional(String.self, "SubPermissionDisplayName")
    }

    /// Encodes HelloID's JSON form; optional members only when set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: HelloIDKey.self)
        try container.encode(permissionReference, "PermissionReference")
        try container.encode(displayName, "DisplayName")
        try container.encodeIfPresent(description, "Description")
        try container.encode(accountReferences, "AccountReferences")
        try container.encodeIfPresent(subPermissionReference, "SubPermissionReference")
        try container.encodeIfPresent(subPermissionDisplayName, "SubPermissionDisplayName")
    }
}
