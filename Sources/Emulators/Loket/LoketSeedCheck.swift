import EmulatorCore
import Foundation

extension LoketSeed {
    /// Checks what decoding cannot: unique ids and employee numbers, and links that point at
    /// records of the right employer.
    func check(_ loader: SeedLoader) throws(SeedError) {
        func fail(_ file: String, _ path: String, _ reason: String) -> SeedError {
            SeedError(file: loader.path(of: file), jsonPath: path, reason: reason)
        }
        try checkUnique(clients.map(\.clientId), file: File.clients, loader)
        try checkUnique(employers.map(\.id.loketString), file: File.employers, loader)
        try checkUnique(departments.map(\.id.loketString), file: File.departments, loader)
        try checkUnique(employees.map(\.id.loketString), file: File.employees, loader)
        try checkUnique(employments.map(\.id.loketString), file: File.employments, loader)
        try checkUnique(organizationalEntities.map(\.id.loketString), file: File.organizationalEntities, loader)
        try checkUnique(workingHours.map(\.id.loketString), file: File.workingHours, loader)
        try checkUnique(customFields.map(\.id.loketString), file: File.customFields, loader)
        try checkUnique(journalAllocations.map(\.id.loketString), file: File.journalAllocations, loader)
        var userKeys: Set<[UUID]> = []
        for (index, user) in users.enumerated() where !userKeys.insert([user.employerId, user.id]).inserted {
            throw fail(File.users, "$[\(index)].id", "the id \(user.id.loketString) is used twice in one employer")
        }

        let employerIDs = Set(employers.map(\.id))
        let departmentEmployer = Dictionary(departments.map { ($0.id, $0.employerId) }, uniquingKeysWith: { first, _ in first })
        let employeeEmployer = Dictionary(employees.map { ($0.id, $0.employerId) }, uniquingKeysWith: { first, _ in first })
        let employmentEmployer = Dictionary(
            employments.compactMap { employment in employeeEmployer[employment.employeeId].map { (employment.id, $0) } },
            uniquingKeysWith: { first, _ in first })

        var refreshTokens: Set<String> = []
        for (index, client) in clients.enumerated() {
            for (position, token) in client.refreshTokens.enumerated() where !refreshTokens.insert(token).inserted {
                throw fail(File.clients, "$[\(index)].refreshTokens[\(position)]", "the refresh token is also held by another client")
            }
            for (position, id) in (client.employerIds ?? []).enumerated() where !employerIDs.contains(id) {
                throw fail(File.clients, "$[\(index)].employerIds[\(position)]", "no employer has id \(id.loketString)")
            }
        }
        for (index, department) in departments.enumerated() {
            guard employerIDs.contains(department.employerId) else {
                throw fail(File.departments, "$[\(index)].employerId", "no employer has id \(department.employerId.loketString)")
            }
            if let parent = department.parentDepartmentId, departmentEmployer[parent] != department.employerId || parent == department.id {
                throw fail(File.departments, "$[\(index)].parentDepartmentId", "no other department of the same employer has id \(parent.loketString)")
            }
        }
        var employeeNumbers: Set<String> = []
        for (index, employee) in employees.enumerated() {
            guard employerIDs.contains(employee.employerId) else {
                throw fail(File.employees, "$[\(index)].employerId", "no employer has id \(employee.employerId.loketString)")
            }
            guard employeeNumbers.insert("\(employee.employerId)/\(employee.employeeNumber)").inserted else {
                throw fail(File.employees, "$[\(index)].employeeNumber", "the employee number \(employee.employeeNumber) is used twice in one employer")
            }
        }
        for (index, employment) in employments.enumerated() where employeeEmployer[employment.employeeId] == nil {
            throw fail(File.employments, "$[\(index)].employeeId", "no employee has id \(employment.employeeId.loketString)")
        }
        for (index, entity) in organizationalEntities.enumerated() {
            guard let employer = employmentEmployer[entity.employmentId] else {
                throw fail(File.organizationalEntities, "$[\(index)].employmentId", "no employment has id \(entity.employmentId.loketString)")
            }
            if let department = entity.departmentId, departmentEmployer[department] != employer {
                throw fail(File.organizationalEntities, "$[\(index)].departmentId", "no department of the employment's employer has id \(department.loketString)")
            }
        }
        for (index, hours) in workingHours.enumerated() where employmentEmployer[hours.employmentId] == nil {
            throw fail(File.workingHours, "$[\(index)].employmentId", "no employment has id \(hours.employmentId.loketString)")
        }
        for (index, user) in users.enumerated() {
            guard employerIDs.contains(user.employerId) else {
                throw fail(File.users, "$[\(index)].employerId", "no employer has id \(user.employerId.loketString)")
            }
            for (position, department) in user.departmentIds.enumerated() where departmentEmployer[department] != user.employerId {
                throw fail(File.users, "$[\(index)].departmentIds[\(position)]", "no department of the user's employer has id \(department.loketString)")
            }
        }
        for (index, field) in customFields.enumerated() {
            switch (field.employeeId, field.employmentId) {
            case (let employee?, nil) where employeeEmployer[employee] == nil:
                throw fail(File.customFields, "$[\(index)].employeeId", "no employee has id \(employee.loketString)")
            case (nil, let employment?) where employmentEmployer[employment] == nil:
                throw fail(File.customFields, "$[\(index)].employmentId", "no employment has id \(employment.loketString)")
            case (nil, nil), (.some, .some):
                throw fail(File.customFields, "$[\(index)]", "give exactly one of 'employeeId' and 'employmentId'")
            default:
                continue
            }
        }
        for (index, allocation) in journalAllocations.enumerated() where employmentEmployer[allocation.employmentId] == nil {
            throw fail(File.journalAllocations, "$[\(index)].employmentId", "no employment has id \(allocation.employmentId.loketString)")
        }
    }

    private func checkUnique(_ ids: [String], file: String, _ loader: SeedLoader) throws(SeedError) {
        var seen: Set<String> = []
        let member = file == File.clients ? "clientId" : "id"
        for (index, id) in ids.enumerated() where !seen.insert(id).inserted {
            throw SeedError(file: loader.path(of: file), jsonPath: "$[\(index)].\(member)", reason: "the \(member) \(id) is used twice")
        }
    }
}
