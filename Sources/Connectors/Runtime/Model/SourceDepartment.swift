import UnderstudyCore

/// One department as a source connector's departments import emits it: HelloID's fields
/// (`ExternalId`, `DisplayName`, `ManagerExternalId`, `ParentExternalId`) plus any raw fields.
///
/// The manager and parent are kept as JSON: HelloID expects a string, but a faithful port of a
/// PowerShell source may emit `null`, or an array when a department has two managers (Loket).
public struct SourceDepartment: Sendable, Hashable, Codable {
    /// The department's unique id, matched against contracts' `Department.ExternalId` (`ExternalId`).
    public var externalId: String
    /// The department's name (`DisplayName`).
    public var displayName: String
    /// The person `ExternalId` of the department's manager (`ManagerExternalId`); `nil` leaves
    /// the member out, `.null` writes `null`.
    public var managerExternalId: JSONValue?
    /// The `ExternalId` of the parent department (`ParentExternalId`); `nil` leaves the member out.
    public var parentExternalId: JSONValue?
    /// Every other raw property, written at the top level next to the named ones.
    public var fields: [String: JSONValue]

    private static let namedFields = ["ExternalId", "DisplayName", "ManagerExternalId", "ParentExternalId"]

    /// Creates a department; `fields` members with a named field's name (in any casing) are dropped.
    public init(
        externalId: String,
        displayName: String,
        managerExternalId: JSONValue? = nil,
        parentExternalId: JSONValue? = nil,
        fields: [String: JSONValue] = [:]
    ) {
        self.externalId = externalId
        self.displayName = displayName
        self.managerExternalId = managerExternalId
        self.parentExternalId = parentExternalId
        self.fields = SourceRecordMembers.removing(Self.namedFields, from: fields)
    }

    /// The department as the one JSON object HelloID reads.
    public var jsonValue: JSONValue {
        var members = fields
        members["ExternalId"] = .string(externalId)
        members["DisplayName"] = .string(displayName)
        members["ManagerExternalId"] = managerExternalId
        members["ParentExternalId"] = parentExternalId
        return .object(members)
    }

    /// Decodes a department object; a numeric `ExternalId` or `DisplayName` is read as its text.
    public init(from decoder: any Decoder) throws {
        var members = try SourceRecordMembers(from: decoder)
        externalId = try members.takeText("ExternalId")
        displayName = try members.takeText("DisplayName")
        managerExternalId = members.take("ManagerExternalId")
        parentExternalId = members.take("ParentExternalId")
        fields = members.remaining
    }

    /// Encodes the department as ``jsonValue``.
    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }
}
