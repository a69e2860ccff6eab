import Foundation
import MicroHTTP
import UnderstudyCore

extension LoketState {
    /// `GET /v2/providers/employers`: the employers the token's client may read, in seed order.
    func listEmployers(_ call: LoketCall) -> HTTPResponse {
        let client = directory.client(call.clientID)
        let readable = directory.employerIDs.filter { client?.mayRead(employer: $0) ?? false }
        return list(readable, call) { directory.employers[$0]?.json ?? .null }
    }

    /// `GET /v2/providers/employers/{employerId}/departments`.
    func listDepartments(_ call: LoketCall) -> HTTPResponse {
        withEmployer(call) { employer in
            list(directory.departmentIDsByEmployer[employer] ?? [], call) { id in
                guard let department = directory.departments[id] else { return .null }
                return department.json(parent: department.parentDepartmentId.flatMap { directory.departments[$0] })
            }
        }
    }

    /// `GET /v2/providers/employers/{employerId}/users`: the employer's portal users.
    func listUsers(_ call: LoketCall) -> HTTPResponse {
        withEmployer(call) { employer in list(directory.usersByEmployer[employer] ?? [], call) { $0.json } }
    }

    /// `GET /v2/providers/employers/{employerId}/users/departments`: per portal user, the
    /// departments it is linked to, `{"userId": …, "departments": [{"id", "code", "description"}]}`.
    func listUserDepartments(_ call: LoketCall) -> HTTPResponse {
        withEmployer(call) { employer in
            list(directory.usersByEmployer[employer] ?? [], call) { user in
                [
                    "userId": .id(user.id),
                    "departments": .array(user.departmentIds.compactMap { directory.departments[$0]?.linkJSON }),
                ]
            }
        }
    }

    /// `GET /v2/providers/employers/{employerId}/employees`.
    func listEmployees(_ call: LoketCall) -> HTTPResponse {
        withEmployer(call) { employer in
            list(directory.employeeIDsByEmployer[employer] ?? [], call) { directory.employees[$0]?.json ?? .null }
        }
    }

    /// `GET /v2/providers/employers/{employerId}/employees/employments`: every employment of the
    /// employer's employees, ended ones included.
    func listEmployments(_ call: LoketCall) -> HTTPResponse {
        withEmployer(call) { employer in
            list(directory.employmentIDsByEmployer[employer] ?? [], call) { id in
                guard let employment = directory.employments[id], let employee = directory.employees[employment.employeeId] else {
                    return .null
                }
                return employment.json(employee: employee)
            }
        }
    }

    /// Answers with `body(employerId)` for the path's employer, or 404 for an unknown one and
    /// 403 for one the token's client may not read.
    func withEmployer(_ call: LoketCall, _ body: (UUID) -> HTTPResponse) -> HTTPResponse {
        guard let id = call.id("employerId"), directory.employers[id] != nil else { return LoketResponse.notFound }
        return readable(id, call) ? body(id) : LoketResponse.forbidden
    }

    /// Whether the token's client may read `employerId`'s records.
    func readable(_ employerId: UUID, _ call: LoketCall) -> Bool {
        directory.client(call.clientID)?.mayRead(employer: employerId) ?? false
    }
}
