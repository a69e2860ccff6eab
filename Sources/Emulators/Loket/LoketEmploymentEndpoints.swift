import Foundation
import MicroHTTP
import UnderstudyCore

extension LoketState {
    /// `GET /v2/providers/employers/employees/employments/{employmentId}/organizationalentities`:
    /// the employment's function, department and cost-centre periods.
    func listOrganizationalEntities(_ call: LoketCall) -> HTTPResponse {
        withEmployment(call) { employment in
            list(directory.organizationalEntities[employment], call) { entity in
                entity.json(department: entity.departmentId.flatMap { directory.departments[$0] })
            }
        }
    }

    /// `GET /v2/providers/employers/employees/employments/{employmentId}/workinghours`.
    func listWorkingHours(_ call: LoketCall) -> HTTPResponse {
        withEmployment(call) { employment in list(directory.workingHours[employment], call) { $0.json } }
    }

    /// `GET /v2/providers/employers/employees/employments/{employmentId}/customfields`.
    func listEmploymentCustomFields(_ call: LoketCall) -> HTTPResponse {
        withEmployment(call) { employment in list(directory.employmentCustomFields[employment], call) { $0.json } }
    }

    /// `GET /v2/providers/employers/employees/employments/{employmentId}/journalallocations`.
    func listJournalAllocations(_ call: LoketCall) -> HTTPResponse {
        withEmployment(call) { employment in list(directory.journalAllocations[employment], call) { $0.json } }
    }

    /// `GET /v2/providers/employers/employees/{employeeId}/customfields`.
    func listEmployeeCustomFields(_ call: LoketCall) -> HTTPResponse {
        guard let id = call.id("employeeId"), let employee = directory.employees[id] else { return LoketResponse.notFound }
        guard readable(employee.employerId, call) else { return LoketResponse.forbidden }
        return list(directory.employeeCustomFields[id], call) { $0.json }
    }

    /// Answers with `body(employmentId)` for the path's employment, or 404 for an unknown one
    /// and 403 for one of an employer the token's client may not read.
    private func withEmployment(_ call: LoketCall, _ body: (UUID) -> HTTPResponse) -> HTTPResponse {
        guard let id = call.id("employmentId"), let employer = directory.employer(ofEmployment: id) else { return LoketResponse.notFound }
        return readable(employer, call) ? body(id) : LoketResponse.forbidden
    }
}
