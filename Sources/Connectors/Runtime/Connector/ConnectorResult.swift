/// What running one action gave: an output context, or the records of an import.
///
/// Encodes as what HelloID receives: the output context object, or the array of records.
public enum ConnectorResult: Sendable, Hashable, Encodable {
    /// The output of a lifecycle or permission action.
    case output(OutputContext)
    /// The records of an account import.
    case accounts([ImportedAccount])
    /// The records of a permission membership import.
    case permissionMemberships([ImportedPermission])
    /// The records of a persons import.
    case persons([SourcePerson])
    /// The records of a departments import.
    case departments([SourceDepartment])

    /// Whether the action succeeded: an output's ``OutputContext/success``; imports that returned
    /// records always succeeded.
    public var succeeded: Bool {
        if case .output(let output) = self { return output.success }
        return true
    }

    /// Encodes the output object or the array of records.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .output(let output): try output.encode(to: encoder)
        case .accounts(let records): try records.encode(to: encoder)
        case .permissionMemberships(let records): try records.encode(to: encoder)
        case .persons(let records): try records.encode(to: encoder)
        case .departments(let records): try records.encode(to: encoder)
        }
    }
}
