import Foundation
import UnderstudyCore

/// A department (`GET /v2/providers/employers/{employerId}/departments`), as written in
/// `departments.json`: the API record plus `employerId`, with `parentDepartmentId` in place of
/// `subDepartmentOf`, which the emulator renders from the parent.
public struct LoketDepartment: Sendable, Hashable, Decodable {
    /// The employer the department belongs to (a seed link, not shown by the API).
    public var employerId: UUID
    /// The GUID; the connector's department `ExternalId` and a contract's `Department.ExternalId`.
    public var id: UUID
    /// The department code.
    public var code: Int
    /// The name; the connector's department `DisplayName`.
    public var description: String
    /// The parent department (a link, rendered as `subDepartmentOf {key, code, description}`).
    public var parentDepartmentId: UUID?
    /// Where leave requests of the department are e-mailed.
    public var emailLeaveRequest: String?

    /// The record as the API lists it, with `subDepartmentOf` rendered from `parent`.
    func json(parent: LoketDepartment?) -> JSONValue {
        [
            "id": .id(id), "code": .integer(Int64(code)), "description": .string(description),
            "subDepartmentOf": parent?.referenceJSON ?? .null, "emailLeaveRequest": .text(emailLeaveRequest),
        ]
    }

    /// The department as other records point at it: `{key, code, description}`.
    var referenceJSON: JSONValue { ["key": .id(id), "code": .integer(Int64(code)), "description": .string(description)] }

    /// The department as a user's department link shows it: `{id, code, description}`.
    var linkJSON: JSONValue { ["id": .id(id), "code": .integer(Int64(code)), "description": .string(description)] }
}
