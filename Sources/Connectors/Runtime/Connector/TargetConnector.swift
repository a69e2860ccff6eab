/// A HelloID PowerShell V2 target connector: the account lifecycle and permission actions of
/// one vendor system, each taking HelloID's contexts and returning its output.
///
/// A connector implements the actions its vendor supports and lists them in
/// ``supportedActions``; the others keep the default implementations, which report
/// "not supported by this connector" as a failed ``OutputContext`` (imports throw
/// ``ConnectorActionNotSupported``). Connectors speak HTTP to the base URL in their configuration
/// only, so they run unchanged against the real vendor or an emulator.
public protocol TargetConnector: Sendable {
    /// The actions this connector implements.
    var supportedActions: Set<ConnectorAction> { get }

    /// Creates the person's account, or correlates an existing one.
    func create(_ action: ActionContext, person: PersonContext) async throws -> OutputContext
    /// Updates the account from the mapped data.
    func update(_ action: ActionContext, person: PersonContext) async throws -> OutputContext
    /// Enables the account.
    func enable(_ action: ActionContext, person: PersonContext) async throws -> OutputContext
    /// Disables the account.
    func disable(_ action: ActionContext, person: PersonContext) async throws -> OutputContext
    /// Deletes the account.
    func delete(_ action: ActionContext, person: PersonContext) async throws -> OutputContext
    /// Lists the permissions that can be granted, in ``OutputContext/permissions``.
    func retrievePermissions(_ action: ActionContext) async throws -> OutputContext
    /// Grants the permission in `action.references.permission`.
    func grant(_ action: ActionContext, person: PersonContext) async throws -> OutputContext
    /// Revokes the permission in `action.references.permission`.
    func revoke(_ action: ActionContext, person: PersonContext) async throws -> OutputContext
    /// Brings the sub-permissions of a permission to the desired set and reports that set in
    /// ``OutputContext/subPermissions`` (`action.operation` says grant, update or revoke).
    func subPermissions(_ action: ActionContext, person: PersonContext) async throws -> OutputContext
    /// Lists the accounts in the target system.
    func importAccounts(_ action: ActionContext) async throws -> [ImportedAccount]
    /// Lists which accounts hold which permissions.
    func importPermissions(_ action: ActionContext) async throws -> [ImportedPermission]
}

extension TargetConnector {
    /// Not supported unless implemented: a failed output saying so (``OutputContext/notSupported(_:)``).
    public func create(_ action: ActionContext, person: PersonContext) async throws -> OutputContext {
        .notSupported(.create)
    }

    /// Not supported unless implemented: a failed output saying so (``OutputContext/notSupported(_:)``).
    public func update(_ action: ActionContext, person: PersonContext) async throws -> OutputContext {
        .notSupported(.update)
    }

    /// Not supported unless implemented: a failed output saying so (``OutputContext/notSupported(_:)``).
    public func enable(_ action: ActionContext, person: PersonContext) async throws -> OutputContext {
        .notSupported(.enable)
    }

    /// Not supported unless implemented: a failed output saying so (``OutputContext/notSupported(_:)``).
    public func disable(_ action: ActionContext, person: PersonContext) async throws -> OutputContext {
        .notSupported(.disable)
    }

    /// Not supported unless implemented: a failed output saying so (``OutputContext/notSupported(_:)``).
    public func delete(_ action: ActionContext, person: PersonContext) async throws -> OutputContext {
        .notSupported(.delete)
    }

    /// Not supported unless implemented: a failed output saying so (``OutputContext/notSupported(_:)``).
    public func retrievePermissions(_ action: ActionContext) async throws -> OutputContext {
        .notSupported(.permissions)
    }

    /// Not supported unless implemented: a failed output saying so (``OutputContext/notSupported(_:)``).
    public func grant(_ action: ActionContext, person: PersonContext) async throws -> OutputContext {
        .notSupported(.grant)
    }

    /// Not supported unless implemented: a failed output saying so (``OutputContext/notSupported(_:)``).
    public func revoke(_ action: ActionContext, person: PersonContext) async throws -> OutputContext {
        .notSupported(.revoke)
    }

    /// Not supported unless implemented: a failed output saying so (``OutputContext/notSupported(_:)``).
    public func subPermissions(_ action: ActionContext, person: PersonContext) async throws -> OutputContext {
        .notSupported(.subPermissions)
    }

    /// Not supported unless implemented: throws ``ConnectorActionNotSupported``.
    public func importAccounts(_ action: ActionContext) async throws -> [ImportedAccount] {
        throw ConnectorActionNotSupported(action: .importAccounts)
    }

    /// Not supported unless implemented: throws ``ConnectorActionNotSupported``.
    public func importPermissions(_ action: ActionContext) async throws -> [ImportedPermission] {
        throw ConnectorActionNotSupported(action: .importPermissions)
    }
}
