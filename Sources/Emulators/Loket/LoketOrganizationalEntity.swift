import Foundation
import UnderstudyCore

/// One period of an employment's function, department and cost centre
/// (`GET …/employments/{employmentId}/organizationalentities`), as written in
/// `organizationalentities.json`: the API record plus `employmentId`, with `departmentId` in
/// place of `department`, which the emulator renders from the department.
public struct LoketOrganizationalEntity: Sendable, Hashable, Decodable {
    /// The employment the period belongs to (a seed link, not shown by the API).
    public var employmentId: UUID
    /// The GUID.
    public var id: UUID
    /// The first day of the period.
    public var startDate: LoketDate
    /// The last day of the period, `nil` for the current one.
    public var endDate: LoketDate?
    /// The function (job title); the connector's contract `Title`.
    public var function: LoketFunction?
    /// A function group that overrides the function's.
    public var deviatingFunctionGroup: String?
    /// A function description that overrides the function's.
    public var deviatingFunctionDescription: String?
    /// The standard (CBS) function.
    public var standardFunction: LoketStandardFunction?
    /// The department (a link, rendered as `department {key, code, description}`).
    public var departmentId: UUID?
    /// The distribution unit (cost centre); the connector's contract `CostCenter`.
    public var distributionUnit: LoketCodedReference?
    /// Where the employee works.
    public var placeOfEmployment: String?
    /// The internal phone extension.
    public var internalTelephoneExtensionNumber: String?

    /// The record as the API lists it, with `department` rendered from `department`.
    func json(department: LoketDepartment?) -> JSONValue {
        [
            "id": .id(id), "startDate": .date(startDate), "endDate": .date(endDate), "function": .part(function),
            "deviatingFunctionGroup": .text(deviatingFunctionGroup), "deviatingFunctionDescription": .text(deviatingFunctionDescription),
            "standardFunction": .part(standardFunction), "department": department?.referenceJSON ?? .null,
            "distributionUnit": .part(distributionUnit), "placeOfEmployment": .text(placeOfEmployment),
            "internalTelephoneExtensionNumber": .text(internalTelephoneExtensionNumber),
        ]
    }
}

/// A function (job title) from the employer's function catalogue.
public struct LoketFunction: Sendable, Hashable, Decodable, LoketRenderable {
    /// The GUID of the function.
    public var key: UUID
    /// The title (`Verpleegkundige`).
    public var description: String
    /// The function group (`Zorg`).
    public var group: String?

    var json: JSONValue { ["key": .id(key), "description": .string(description), "group": .text(group)] }
}

/// A standard (CBS) function.
public struct LoketStandardFunction: Sendable, Hashable, Decodable, LoketRenderable {
    /// The numeric key.
    public var key: Int
    /// The description.
    public var value: String
    /// The code (`A21`).
    public var code: String
    /// The category.
    public var category: Int

    var json: JSONValue {
        ["key": .integer(Int64(key)), "value": .string(value), "code": .string(code), "category": .integer(Int64(category))]
    }
}
