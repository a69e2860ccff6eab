import UnderstudyCore

/// HelloID's `$outputContext`: what a target connector action reports back.
///
/// Encodes as HelloID's pre-created output object (`Success`, `AccountReference`, `Data`,
/// `PreviousData`, `AuditLogs`, `Permissions`, …). As in the PowerShell connectors, an action
/// usually ends with ``concludeFromAuditLogs()``: it succeeded when no audit entry is an error.
public struct OutputContext: Sendable, Hashable, Codable {
    /// Whether the action succeeded (`Success`).
    public var success: Bool
    /// The account reference HelloID stores and passes back as `References.Account` (create only;
    /// `AccountReference`).
    public var accountReference: JSONValue?
    /// Whether create linked an existing account instead of creating one (`AccountCorrelated`).
    public var accountCorrelated: Bool?
    /// The account data after the action (`Data`).
    public var data: JSONValue?
    /// The account data before the action (`PreviousData`).
    public var previousData: JSONValue?
    /// What the action did, for people (`AuditLogs`).
    public var auditLogs: [AuditLog]
    /// The permissions found by retrieve-permissions (`Permissions`).
    public var permissions: [RetrievedPermission]
    /// The full desired set of sub-permissions, for the sub-permission action (`SubPermissions`).
    public var subPermissions: [SubPermission]

    /// Creates an output context; by default it has not succeeded and holds nothing.
    public init(
        success: Bool = false,
        accountReference: JSONValue? = nil,
        accountCorrelated: Bool? = nil,
        data: JSONValue? = nil,
        previousData: JSONValue? = nil,
        auditLogs: [AuditLog] = [],
        permissions: [RetrievedPermission] = [],
        subPermissions: [SubPermission] = []
    ) {
        self.success = success
        self.accountReference = accountReference
        self.accountCorrelated = accountCorrelated
        self.data = data
        self.previousData = previousData
        self.auditLogs = auditLogs
        self.permissions = permissions
        self.subPermissions = subPermissions
    }

    /// A failed output whose one error entry says that `action` is not supported by this connector.
    public static func notSupported(_ action: ConnectorAction) -> OutputContext {
        OutputContext(auditLogs: [AuditLog(message: ConnectorActionNotSupported(action: action).description, isError: true)])
    }

    /// Whether any audit entry is an error.
    public var hasErrors: Bool { auditLogs.contains { $0.isError } }

    /// Adds an audit entry.
    public mutating func log(_ message: String, action: String? = nil, isError: Bool = false) {
        auditLogs.append(AuditLog(action: action, message: message, isError: isError))
    }

    /// Sets ``success`` to "no audit entry is an error", as HelloID's connectors do in `finally`.
    public mutating func concludeFromAuditLogs() {
        success = !hasErrors
    }

    /// Decodes HelloID's JSON form; `"Success": null` (HelloID's initial value) reads as `false`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: HelloIDKey.self)
        success = try container.flag("Success") ?? false
        accountReference = try container.json("AccountReference")
        accountCorrelated = try container.flag("AccountCorrelated")
        data = try container.json("Data")
        previousData = try container.json("PreviousData")
        auditLogs = try container.value([AuditLog].self, "AuditLogs", default: [])
        permissions = try container.value([RetrievedPermission].self, "Permissions", default: [])
        subPermissions = try container.value([SubPermission].self, "SubPermissions", default: [])
    }

    /// Encodes HelloID's JSON form: every member present, `null` for unset values, and
    /// `AccountCorrelated` only when set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: HelloIDKey.self)
        try container.encode(success, "Success")
        try container.encodeOrNull(accountReference, "AccountReference")
        try container.encodeIfPresent(accountCorrelated, "AccountCorrelated")
        try container.encodeOrNull(data, "Data")
        try container.encodeOrNull(previousData, "PreviousData")
        try container.encode(auditLogs, "AuditLogs")
        try container.encode(permissions, "Permissions")
        try container.encode(subPermissions, "SubPermissions")
    }
}
