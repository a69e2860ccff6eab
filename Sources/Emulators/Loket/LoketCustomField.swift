import Foundation
import UnderstudyCore

/// The value of a free field ("vrij veld") of an employee or an employment
/// (`GET …/employees/{employeeId}/customfields`, `GET …/employments/{employmentId}/customfields`),
/// as written in `customfields.json`: the API record plus exactly one of `employeeId` and
/// `employmentId`.
public struct LoketCustomField: Sendable, Hashable, Decodable {
    /// The employee the value belongs to (a seed link), or `nil` for an employment's field.
    public var employeeId: UUID?
    /// The employment the value belongs to (a seed link), or `nil` for an employee's field.
    public var employmentId: UUID?
    /// The GUID of the value.
    public var id: UUID
    /// The field definition.
    public var customField: LoketCustomFieldDefinition
    /// The value.
    public var value: String?

    /// The record as the API lists it.
    var json: JSONValue { ["id": .id(id), "customField": customField.json, "value": .text(value)] }
}

/// A free-field definition of an employer (`Leidinggevende`).
public struct LoketCustomFieldDefinition: Sendable, Hashable, Decodable, LoketRenderable {
    /// The GUID of the field.
    public var id: UUID
    /// The field's name.
    public var description: String

    var json: JSONValue { ["id": .id(id), "description": .string(description)] }
}
