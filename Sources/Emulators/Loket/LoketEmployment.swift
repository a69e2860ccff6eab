import Foundation
import UnderstudyCore

/// An employment (`GET /v2/providers/employers/{employerId}/employees/employments`), as written
/// in `employments.json`: the API record with `employeeId` in place of the embedded `employee`,
/// which the emulator renders from the employee.
public struct LoketEmployment: Sendable, Hashable, Decodable {
    /// The employee the employment belongs to (a seed link; rendered as `employee`).
    public var employeeId: UUID
    /// The GUID used in paths; the connector's contract `ExternalId`.
    public var id: UUID
    /// The first day.
    public var startDate: LoketDate
    /// The last day, `nil` while the employment runs.
    public var endDate: LoketDate?
    /// The start of the first employment in an unbroken chain.
    public var historicalStartDate: LoketDate?
    /// Since when the contract is of indefinite duration.
    public var startDateContractOfIndefiniteDuration: LoketDate?
    /// The payroll number within the employer.
    public var payrollId: Int?
    /// The kind of employee (`Personeel`).
    public var typeOfEmployee: LoketKeyValue?
    /// The employment category.
    public var employmentCategoryType: LoketKeyValue?
    /// Fixed term or indefinite.
    public var employmentDurationType: LoketKeyValue?
    /// The kind of contract.
    public var employmentContractType: LoketKeyValue?
    /// The administration the employment is kept in.
    public var administration: LoketAdministration?
    /// The payroll administration.
    public var payrollAdministration: LoketPayrollAdministration?
    /// The non-payroll (HR only) administration.
    public var nonPayrollAdministration: LoketNonPayrollAdministration?
    /// Why the employment ended.
    public var endOfEmploymentReason: LoketKeyValue?
    /// Whether this is an on-call employment.
    public var isOnCallEmployment: Bool?

    /// The record as the API lists it, embedding `employee`'s summary.
    func json(employee: LoketEmployee) -> JSONValue {
        [
            "id": .id(id), "startDate": .date(startDate), "endDate": .date(endDate), "historicalStartDate": .date(historicalStartDate),
            "startDateContractOfIndefiniteDuration": .date(startDateContractOfIndefiniteDuration), "payrollId": .number(payrollId),
            "employee": employee.summaryJSON, "typeOfEmployee": .part(typeOfEmployee),
            "employmentCategoryType": .part(employmentCategoryType), "employmentDurationType": .part(employmentDurationType),
            "employmentContractType": .part(employmentContractType), "administration": .part(administration),
            "payrollAdministration": .part(payrollAdministration), "nonPayrollAdministration": .part(nonPayrollAdministration),
            "endOfEmploymentReason": .part(endOfEmploymentReason), "isOnCallEmployment": .flag(isOnCallEmployment),
        ]
    }
}

/// The administration an employment is kept in.
public struct LoketAdministration: Sendable, Hashable, Decodable, LoketRenderable {
    /// The GUID.
    public var id: UUID
    /// The name.
    public var name: String
    /// The description.
    public var description: String?
    /// The client number at the provider.
    public var clientNumber: Int?
    /// The kind of administration.
    public var administrationType: LoketKeyValue?

    var json: JSONValue {
        [
            "id": .id(id), "name": .string(name), "description": .text(description), "clientNumber": .number(clientNumber),
            "administrationType": .part(administrationType),
        ]
    }
}

/// The non-payroll (HR only) administration of an employment.
public struct LoketNonPayrollAdministration: Sendable, Hashable, Decodable, LoketRenderable {
    /// The GUID.
    public var id: UUID
    /// The name.
    public var name: String
    /// The description.
    public var description: String?

    var json: JSONValue { ["id": .id(id), "name": .string(name), "description": .text(description)] }
}

/// The payroll administration of an employment, with its collective labour agreement.
public struct LoketPayrollAdministration: Sendable, Hashable, Decodable, LoketRenderable {
    /// The GUID.
    public var id: UUID
    /// The name.
    public var name: String
    /// The description.
    public var description: String?
    /// The client number at the provider.
    public var clientNumber: Int?
    /// The collective labour agreement (CAO).
    public var cla: LoketKeyValue?
    /// The wage model.
    public var wageModel: LoketKeyValue?

    var json: JSONValue {
        [
            "id": .id(id), "name": .string(name), "description": .text(description), "clientNumber": .number(clientNumber),
            "cla": .part(cla), "wageModel": .part(wageModel),
        ]
    }
}
