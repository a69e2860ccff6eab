import UnderstudyCore

/// HelloID's `$actionContext`: what the provisioning engine hands a target connector action.
///
/// Its JSON form is HelloID's (`Configuration`, `Data`, `DryRun`, `References`, …), so a context
/// exported from HelloID decodes as it is. Member names are matched without regard to case when
/// decoding, as PowerShell does, and written in HelloID's PascalCase when encoding.
public struct ActionContext: Sendable, Hashable, Codable {
    /// The values of the system's input form (`Configuration`), a JSON object. Decode a typed view
    /// of it with ``ConfigurationDecoder``.
    public var configuration: JSONValue
    /// The mapped fields for this action (`Data`), a JSON object; dotted mapping names arrive nested.
    public var data: JSONValue
    /// Whether this is a preview (`DryRun`): read everything, write nothing.
    public var dryRun: Bool
    /// The lifecycle stage (`Operation`), for example `grant`, `update`, `revoke` or `undefined`.
    public var operation: String?
    /// Who started the action (`Origin`), for example `reconciliation`.
    public var origin: String?
    /// The stored references of the account, its manager's account and the permission (`References`).
    public var references: ActionReferences
    /// The display name of the permission being granted or revoked (`PermissionDisplayName`).
    public var permissionDisplayName: String?
    /// The sub-permissions granted now (`CurrentPermissions`), for sub-permission actions.
    public var currentPermissions: [SubPermission]?
    /// How an existing account is found for the person (`CorrelationConfiguration`).
    public var correlationConfiguration: CorrelationConfiguration?
    /// What create reported in ``OutputContext/accountCorrelated`` (`AccountCorrelated`).
    public var accountCorrelated: Bool
    /// The mapped target field names, for import actions (`ImportFields`).
    public var importFields: [String]?

    /// Creates an action context; every part defaults to what HelloID sends when it is unset.
    public init(
        configuration: JSONValue = [:],
        data: JSONValue = [:],
        dryRun: Bool = false,
        operation: String? = nil,
        origin: String? = nil,
        references: ActionReferences = ActionReferences(),
        permissionDisplayName: String? = nil,
        currentPermissions: [SubPermission]? = nil,
        correlationConfiguration: CorrelationConfiguration? = nil,
        accountCorrelated: Bool = false,
        importFields: [String]? = nil
    ) {
        self.configuration = configuration
        self.data = data
        self.dryRun = dryRun
        self.operation = operation
        self.origin = origin
        self.references = references
        self.permissionDisplayName = permissionDisplayName
        self.currentPermissions = currentPermissions
        self.correlationConfiguration = correlationConfiguration
        self.accountCorrelated = accountCorrelated
        self.importFields = importFields
    }

    /// Decodes HelloID's JSON form; absent members take their defaults.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: HelloIDKey.self)
        configuration = try container.json("Configuration") ?? [:]
        data = try container.json("Data") ?? [:]
        dryRun = try container.flag("DryRun") ?? false
        operation = try container.optional(String.self, "Operation")
        origin = try container.optional(String.self, "Origin")
        references = try container.value(ActionReferences.self, "References", default: ActionReferences())
        permissionDisplayName = try container.optional(String.self, "PermissionDisplayName")
        currentPermissions = try container.optional([SubPermission].self, "CurrentPermissions")
        correlationConfiguration = try container.optional(CorrelationConfiguration.self, "CorrelationConfiguration")
        accountCorrelated = try container.flag("AccountCorrelated") ?? false
        importFields = try container.optional([String].self, "ImportFields")
    }

    /// Encodes HelloID's JSON form; optional members are written only when set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: HelloIDKey.self)
        try container.encode(configuration, "Configuration")
        try container.encode(data, "Data")
        try container.encode(dryRun, "DryRun")
        try container.encodeIfPresent(operation, "Operation")
        try container.encodeIfPresent(origin, "Origin")
        try container.encode(references, "References")
        try container.encodeIfPresent(permissionDisplayName, "PermissionDisplayName")
        try container.encodeIfPresent(currentPermissions, "CurrentPermissions")
        try container.encodeIfPresent(correlationConfiguration, "CorrelationConfiguration")
        try container.encode(accountCorrelated, "AccountCorrelated")
        try container.encodeIfPresent(importFields, "ImportFields")
    }
}
