import ConnectorRuntime
import UnderstudyCore

/// The departments import (`departments.ps1`): the employer's departments, portal users, their
/// department links and employees (all four lists at once), assembled into departments with
/// their managers.
struct LoketDepartmentsImport: Sendable {
    let api: LoketAPI
    let employer: LoketEmployerRecord

    /// The departments, and warnings about managers that could not be correlated and records left out.
    func run() async throws -> (records: [SourceDepartment], warnings: [String]) {
        async let departmentList = api.list(employer.path("departments"))
        async let linkList = api.list(employer.path("users/departments"))
        async let userList = api.list(employer.path("users"))
        async let employeeList = api.list(employer.path("employees"))
        let (departments, links, users, employees) = try await (departmentList, linkList, userList, employeeList)
        let managers = LoketManagers(users: users, links: links, employees: employees)
        var built = LoketDepartments.make(departments: departments, managers: managers)
        built.warnings = managers.warnings + built.warnings
        return built
    }
}
