import UnderstudyCore

/// HelloID's `$actionContext.References`: the references stored by earlier actions.
///
/// A reference is whatever create returned as ``OutputContext/accountReference`` (usually a
/// string, sometimes an object), so references are kept as JSON. `null` decodes as `nil`.
public struct ActionReferences: Sendable, Hashable, Codable {
    /// The person's account in this system (`Account`).
    public var account: JSONValue?
    /// The account of the person's manager in this system (`ManagerAccount`).
    public var managerAccount: JSONValue?
    /// The identification of the permission being granted or revoked (`Permission`),
    /// for example `{"Reference": "42"}`.
    public var permission: JSONValue?

    /// Creates references; all are unset by default.
    public init(account: JSONValue? = nil, managerAccount: JSONValue? = nil, permission: JSONValue? = nil) {
        self.account = account
        self.managerAccount = managerAccount
        self.permission = permission
    }

    /// Decodes HelloID's JSON form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: HelloIDKey.self)
        account = try container.json("Account")
        managerAccount = try container.json("ManagerAccount")
        permission = try container.json("Permission")
    }

    /// Encodes HelloID's JSON form: `Account` and `ManagerAccount` always (`null` when unset),
    /// `Permission` when set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: HelloIDKey.self)
        try container.encodeOrNull(account, "Account")
        try container.encodeOrNull(managerAccount, "ManagerAccount")
        try container.encodeIfPresent(permission, "Permission")
    }
}
