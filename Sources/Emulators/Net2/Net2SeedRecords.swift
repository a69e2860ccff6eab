/// A Net2 operator: the account the token route's password grant checks.
public struct Net2Operator: Sendable, Hashable, Codable {
    /// The operator name, "First Last" (for example `System engineer`).
    public var name: String
    /// The plain-text password.
    public var password: String

    /// Creates an operator.
    public init(name: String, password: String) {
        self.name = name
        self.password = password
    }
}

/// A Net2 API licence: its client id (the GUID that names the licence file).
public struct Net2Client: Sendable, Hashable, Codable {
    /// The client id.
    public var clientId: String
    /// What the licence is for.
    public var description: String?

    /// Creates a licence.
    public init(clientId: String, description: String? = nil) {
        self.clientId = clientId
        self.description = description
    }
}

/// A department (`{"id": 2, "name": "Sales"}`); id 0 is "None".
public struct Net2Department: Sendable, Hashable, Codable {
    /// The id.
    public var id: Int
    /// The name.
    public var name: String

    /// Creates a department.
    public init(id: Int, name: String) {
        self.id = id
        self.name = name
    }
}

/// An access level, the connector's permission (`{"id": 3, "name": "Working hours"}`).
public struct Net2AccessLevel: Sendable, Hashable, Codable {
    /// The id.
    public var id: Int
    /// The name.
    public var name: String

    /// Creates an access level.
    public init(id: Int, name: String) {
        self.id = id
        self.name = name
    }
}

/// A custom user field definition, as `GET /api/v1/users/customfieldnames` lists it.
public struct Net2CustomFieldName: Sendable, Hashable, Codable {
    /// The field id (1 to 14 on a real server; the connector uses 9 for email and 14 or 12 for
    /// the personnel number).
    public var id: Int
    /// The display name set under Options → Field Names.
    public var name: String
    /// The field type code.
    public var type: Int
    /// The longest value the field holds.
    public var maxLength: Int

    /// Creates a field definition.
    public init(id: Int, name: String, type: Int = 0, maxLength: Int = 50) {
        self.id = id
        self.name = name
        self.type = type
        self.maxLength = maxLength
    }

    /// The field's column in the `sdk.usersex` view: `Field{id}_{size}`, where ids 1 and 2 are
    /// `_100`, ids 6 and 7 `_60`, id 13 `_Memo` and all others `_50`.
    public static func columnName(forFieldID id: Int) -> String {
        switch id {
        case 1, 2: return "Field\(id)_100"
        case 6, 7: return "Field\(id)_60"
        case 13: return "Field\(id)_Memo"
        default: return "Field\(id)_50"
        }
    }
}
