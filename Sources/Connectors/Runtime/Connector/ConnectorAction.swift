/// The actions HelloID runs on connectors, named as a command line names them.
public enum ConnectorAction: String, Sendable, Hashable, CaseIterable, Codable {
    /// Target: create or correlate the account (Account grant).
    case create
    /// Target: update the account after a person or mapping change.
    case update
    /// Target: enable the account (Account Access grant).
    case enable
    /// Target: disable the account (Account Access revoke).
    case disable
    /// Target: delete the account (Account revoke).
    case delete
    /// Target: retrieve the permissions a person can be granted.
    case permissions
    /// Target: grant one permission.
    case grant
    /// Target: revoke one permission.
    case revoke
    /// Target: grant, update or revoke a permission with sub-permissions in one action.
    case subPermissions = "subpermissions"
    /// Target: import the accounts that exist in the target system.
    case importAccounts = "import-accounts"
    /// Target: import which accounts hold which permissions.
    case importPermissions = "import-permissions"
    /// Source: import persons.
    case persons
    /// Source: import departments.
    case departments

    /// Whether a source connector runs this action (``persons`` and ``departments``).
    public var isSourceAction: Bool {
        self == .persons || self == .departments
    }

    /// Whether the action is about one person, so it takes a ``PersonContext``.
    public var takesPersonContext: Bool {
        switch self {
        case .create, .update, .enable, .disable, .delete, .grant, .revoke, .subPermissions: return true
        case .permissions, .importAccounts, .importPermissions, .persons, .departments: return false
        }
    }
}
