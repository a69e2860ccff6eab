import Foundation

/// The records a Loket emulator serves, indexed so that every request costs the size of its
/// page, not of the employer: records by id, and per parent the ids of its children in listing
/// order. The large collections share their storage with the seed.
struct LoketDirectory: Sendable {
    /// The OAuth clients in seed order.
    var clients: [LoketClient]
    var employers: [UUID: LoketEmployer] = [:]
    /// Employer ids in listing order.
    var employerIDs: [UUID] = []
    var departments: [UUID: LoketDepartment] = [:]
    var departmentIDsByEmployer: [UUID: [UUID]] = [:]
    var employees: LoketRecords<LoketEmployee>
    var employeeIDsByEmployer: [UUID: [UUID]] = [:]
    var employments: LoketRecords<LoketEmployment>
    var employmentIDsByEmployer: [UUID: [UUID]] = [:]
    var employmentIDsByEmployee: [UUID: [UUID]] = [:]
    var organizationalEntities: LoketGroupedRecords<LoketOrganizationalEntity>
    var workingHours: LoketGroupedRecords<LoketWorkingHours>
    var usersByEmployer: [UUID: [LoketUser]] = [:]
    var employeeCustomFields: LoketGroupedRecords<LoketCustomField>
    var employmentCustomFields: LoketGroupedRecords<LoketCustomField>
    var journalAllocations: LoketGroupedRecords<LoketJournalAllocation>

    /// Indexes a seed. Records whose links point nowhere (possible only in a seed that skipped
    /// ``LoketSeed/load(from:)``'s checks) are kept but never listed.
    init(seed: LoketSeed) {
        clients = seed.clients
        employees = LoketRecords(seed.employees, id: \.id)
        employments = LoketRecords(seed.employments, id: \.id)
        organizationalEntities = LoketGroupedRecords(seed.organizationalEntities, parent: \.employmentId)
        workingHours = LoketGroupedRecords(seed.workingHours, parent: \.employmentId)
        employeeCustomFields = LoketGroupedRecords(seed.customFields, parent: \.employeeId)
        employmentCustomFields = LoketGroupedRecords(seed.customFields, parent: \.employmentId)
        journalAllocations = LoketGroupedRecords(seed.journalAllocations, parent: \.employmentId)
        for employer in seed.employers where employers.updateValue(employer, forKey: employer.id) == nil {
            employerIDs.append(employer.id)
        }
        for department in seed.departments where departments.updateValue(department, forKey: department.id) == nil {
            departmentIDsByEmployer[department.employerId, default: []].append(department.id)
        }
        for employee in seed.employees { employeeIDsByEmployer[employee.employerId, default: []].append(employee.id) }
        employmentIDsByEmployee.reserveCapacity(seed.employees.count)
        for employment in seed.employments {
            guard let employer = employees[employment.employeeId]?.employerId else { continue }
            employmentIDsByEmployer[employer, default: []].append(employment.id)
            employmentIDsByEmployee[employment.employeeId, default: []].append(employment.id)
        }
        for user in seed.users { usersByEmployer[user.employerId, default: []].append(user) }
    }

    /// Adds an employer, or replaces the one with its id.
    mutating func add(_ employer: LoketEmployer) {
        if employers.updateValue(employer, forKey: employer.id) == nil { employerIDs.append(employer.id) }
    }

    /// Adds an employee to its employer's list, or replaces the one with its id.
    mutating func add(_ employee: LoketEmployee) {
        if employees.store(employee, id: employee.id) {
            employeeIDsByEmployer[employee.employerId, default: []].append(employee.id)
        }
    }

    /// Adds an employment to its employer's and employee's lists, or replaces the one with its
    /// id; ignored when its employee is unknown.
    mutating func add(_ employment: LoketEmployment) {
        guard let employer = employees[employment.employeeId]?.employerId else { return }
        if employments.store(employment, id: employment.id) {
            employmentIDsByEmployer[employer, default: []].append(employment.id)
            employmentIDsByEmployee[employment.employeeId, default: []].append(employment.id)
        }
    }

    /// The client with `clientId` (compared exactly).
    func client(_ clientId: String?) -> LoketClient? {
        clients.first { $0.clientId == clientId }
    }

    /// The employer an employment belongs to, through its employee.
    func employer(ofEmployment id: UUID) -> UUID? {
        employments[id].flatMap { employees[$0.employeeId]?.employerId }
    }

    /// The employers with `name`, compared as the connector does: without regard to case.
    func employers(named name: String) -> [LoketEmployer] {
        employerIDs.compactMap { employers[$0] }.filter { $0.companyName.lowercased() == name.lowercased() }
    }
}
