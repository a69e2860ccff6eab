import Foundation

/// The records a Loket emulator serves, indexed so that every request costs the size of its
/// page, not of the employer: records by id, and per parent the ids of its children in listing
/// order.
struct LoketDirectory: Sendable {
    /// The OAuth clients in seed order.
    var clients: [LoketClient] = []
    var employers: [UUID: LoketEmployer] = [:]
    /// Employer ids in listing order.
    var employerIDs: [UUID] = []
    var departments: [UUID: LoketDepartment] = [:]
    var departmentIDsByEmployer: [UUID: [UUID]] = [:]
    var employees: [UUID: LoketEmployee] = [:]
    var employeeIDsByEmployer: [UUID: [UUID]] = [:]
    var employments: [UUID: LoketEmployment] = [:]
    var employmentIDsByEmployer: [UUID: [UUID]] = [:]
    var employmentIDsByEmployee: [UUID: [UUID]] = [:]
    var organizationalEntitiesByEmployment: [UUID: [LoketOrganizationalEntity]] = [:]
    var workingHoursByEmployment: [UUID: [LoketWorkingHours]] = [:]
    var usersByEmployer: [UUID: [LoketUser]] = [:]
    var customFieldsByEmployee: [UUID: [LoketCustomField]] = [:]
    var customFieldsByEmployment: [UUID: [LoketCustomField]] = [:]
    var journalAllocationsByEmployment: [UUID: [LoketJournalAllocation]] = [:]

    /// Indexes a seed. Records whose links point nowhere (possible only in a seed that skipped
    /// ``LoketSeed/load(from:)``'s checks) are kept but never listed.
    init(seed: LoketSeed) {
        clients = seed.clients
        for employer in seed.employers { add(employer) }
        departments.reserveCapacity(seed.departments.count)
        for department in seed.departments { add(department) }
        employees.reserveCapacity(seed.employees.count)
        for employee in seed.employees { add(employee) }
        employments.reserveCapacity(seed.employments.count)
        employmentIDsByEmployee.reserveCapacity(seed.employees.count)
        for employment in seed.employments { add(employment) }
        organizationalEntitiesByEmployment.reserveCapacity(seed.employments.count)
        for entity in seed.organizationalEntities { organizationalEntitiesByEmployment[entity.employmentId, default: []].append(entity) }
        workingHoursByEmployment.reserveCapacity(seed.employments.count)
        for hours in seed.workingHours { workingHoursByEmployment[hours.employmentId, default: []].append(hours) }
        for user in seed.users { usersByEmployer[user.employerId, default: []].append(user) }
        for field in seed.customFields {
            if let employee = field.employeeId { customFieldsByEmployee[employee, default: []].append(field) }
            if let employment = field.employmentId { customFieldsByEmployment[employment, default: []].append(field) }
        }
        for allocation in seed.journalAllocations {
            journalAllocationsByEmployment[allocation.employmentId, default: []].append(allocation)
        }
    }

    mutating func add(_ employer: LoketEmployer) {
        if employers.updateValue(employer, forKey: employer.id) == nil { employerIDs.append(employer.id) }
    }

    mutating func add(_ department: LoketDepartment) {
        if departments.updateValue(department, forKey: department.id) == nil {
            departmentIDsByEmployer[department.employerId, default: []].append(department.id)
        }
    }

    mutating func add(_ employee: LoketEmployee) {
        if employees.updateValue(employee, forKey: employee.id) == nil {
            employeeIDsByEmployer[employee.employerId, default: []].append(employee.id)
        }
    }

    mutating func add(_ employment: LoketEmployment) {
        guard let employer = employees[employment.employeeId]?.employerId else { return }
        if employments.updateValue(employment, forKey: employment.id) == nil {
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
