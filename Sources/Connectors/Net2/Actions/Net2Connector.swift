import ConnectorRuntime

/// The HelloID target connector for Paxton Net2 (a port of Tools4everBV's PowerShell V2
/// connector): account lifecycle, access levels as permissions, access levels per location as
/// sub-permissions, and imports.
///
/// Audit messages and outcomes follow the original; the differences are listed in the README:
/// one token per run (``Net2Session``), 429 retried after `Retry-After`, MFA with a TOTP secret,
/// no fixed sleeps, the update defect around empty custom fields fixed, and a dry run that
/// decides everything, writes nothing and reports what it would do in `[DryRun]` audit entries.
///
/// ```swift
/// let connector = Net2Connector()
/// let action = ActionContext(configuration: ["BaseUrl": "http://127.0.0.1:8103", "UserName": "System engineer",
///                                            "Password": "…", "ClientId": "…", "departmentMapping": "departments.csv"])
/// let output = try await connector.create(action, person: person)
/// ```
public struct Net2Connector: TargetConnector {
    /// Every target action.
    public let supportedActions: Set<ConnectorAction> = [
        .create, .update, .enable, .disable, .delete, .permissions, .grant, .revoke, .subPermissions, .importAccounts,
        .importPermissions,
    ]
    /// The session the actions of this connector share (one token per server and operator).
    public let session: Net2Session

    /// Creates a connector whose actions share `session`.
    public init(session: Net2Session = Net2Session()) {
        self.session = session
    }
}
