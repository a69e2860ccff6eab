import UnderstudyCore

/// One person as a source connector's persons import emits it: HelloID's required fields
/// (`ExternalId`, `DisplayName`, `Contracts`) plus any raw fields the source mapping reads.
public struct SourcePerson: Sendable, Hashable, Codable {
    /// The person's unique id in the source (`ExternalId`).
    public var externalId: String
    /// The person's display name (`DisplayName`).
    public var displayName: String
    /// The person's contracts as raw JSON objects (`Contracts`); each needs a unique `ExternalId`
    /// after mapping.
    public var contracts: [JSONValue]
    /// Every other raw property, written at the top level next to the named ones.
    public var fields: [String: JSONValue]

    private static let namedFields = ["ExternalId", "DisplayName", "Contracts"]

    /// Creates a person; `fields` members with a named field's name (in any casing) are dropped.
    public init(externalId: String, displayName: String, contracts: [JSONValue] = [], fields: [String: JSONValue] = [:]) {
        self.externalId = externalId
        self.displayName = displayName
        self.contracts = contracts
        self.fields = SourceRecordMembers.removing(Self.namedFields, from: fields)
    }

    /// The person as the one JSON object HelloID reads.
    public var jsonValue: JSONValue {
        var members = fields
        members["ExternalId"] = .string(externalId)
        members["DisplayName"] = .string(displayName)
        members["Contracts"] = .array(contracts)
        return .object(members)
    }

    /// Decodes a person object. `Contracts` may be absent or `null` (no contracts) or a single
    /// object (one contract); a numeric `ExternalId` or `DisplayName` is read as its text.
    public init(from decoder: any Decoder) throws {
        var members = try SourceRecordMembers(from: decoder)
        externalId = try members.takeText("ExternalId")
        displayName = try members.takeText("DisplayName")
        switch members.take("Contracts") {
        case .none, .some(.null): contracts = []
        case .array(let items): contracts = items
        case .some(let single): contracts = [single]
        }
        fields = members.remaining
    }

    /// Encodes the person as ``jsonValue``.
    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }
}
