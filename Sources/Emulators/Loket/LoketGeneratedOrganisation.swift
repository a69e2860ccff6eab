import Foundation

extension LoketSeedGenerator {
    /// A department tree sized to the employer, about one team per 35 employees: `Directie` at
    /// the top, divisions under it (each with its cost centre), regional teams under those.
    mutating func makeDepartments(forEmployees count: Int) {
        let total = max(4, min(600, count / 35 + 4))
        let divisionCount = min(LoketNames.divisions.count, max(2, total / 6))
        addDepartment(code: 1, description: "Directie", parent: nil, division: 0)
        costCentres[0] = LoketCodedReference(key: nextID(.costCentre), code: 100, description: "Kostenplaats Directie")
        for (index, division) in LoketNames.divisions.prefix(divisionCount).enumerated() {
            let position = output.departments.count
            addDepartment(
                code: 10 * (index + 1), description: division.name, parent: 0, division: position,
                emailLeaveRequest: "verlof-\(LoketNames.slug(division.name))@\(Self.domain)")
            costCentres[position] = LoketCodedReference(
                key: nextID(.costCentre), code: 300 + 10 * index, description: "Kostenplaats \(division.name)")
        }
        let teams = total - 1 - divisionCount
        for team in 0..<teams {
            let division = 1 + team % divisionCount
            let regions = LoketNames.regions
            let round = team / (divisionCount * regions.count)
            let name = "\(output.departments[division].description) \(regions[(team / divisionCount) % regions.count])"
            addDepartment(code: 100 + team, description: round == 0 ? name : "\(name) \(round + 1)", parent: division, division: division)
        }
        workplaces = Array(1..<output.departments.count)
        managerCandidate = Array(repeating: nil, count: output.departments.count)
    }

    private mutating func addDepartment(code: Int, description: String, parent: Int?, division: Int, emailLeaveRequest: String? = nil) {
        output.departments.append(LoketDepartment(
            employerId: employerId, id: nextID(.department), code: code, description: description,
            parentDepartmentId: parent.map { output.departments[$0].id }, emailLeaveRequest: emailLeaveRequest))
        divisionOfDepartment.append(division)
    }

    /// Portal users: a manager for every department someone currently works in, correlated to
    /// that employee by e-mail (every seventh in other letter case, as people type them), one
    /// interim manager of `Directie` whose e-mail matches no employee, and two payroll users who
    /// manage nothing. Employees get their manager's employee number in the free field
    /// `Leidinggevende`, as the connector's README suggests.
    mutating func makeUsersAndManagerFields() {
        var managerOfDepartment: [Int: LoketEmployee] = [:]
        for (department, candidate) in managerCandidate.enumerated() {
            guard let candidate else { continue }
            let employee = output.employees[candidate]
            managerOfDepartment[department] = employee
            let email = employee.contactInformation.emailAddress ?? ""
            let details = employee.personalDetails
            output.users.append(LoketUser(
                employerId: employerId, departmentIds: [output.departments[department].id], id: nextID(.user),
                userName: String(email.prefix { $0 != "@" }).replacingOccurrences(of: ".", with: ""),
                personalDetails: LoketUserPersonalDetails(
                    firstName: details.firstName, initials: details.initials, prefix: details.prefix, lastName: details.lastName),
                contactInformation: LoketUserContactInformation(
                    emailAddress: department % 7 == 3 ? email.prefix(1).uppercased() + email.dropFirst() : email,
                    placeOfEmployment: employee.address?.city),
                isDepartmentManager: true, isLinkedToMultipleEmployers: false, hasMultiFactorAuthentication: random.chance(0.5),
                loginMethod: LoketKeyValue(key: 1, value: "Via website"), accessStatus: LoketKeyValue(key: 3, value: "Has access to Client"),
                userSpecifiedRole: LoketKeyValue(key: 5, value: "Leidinggevende"), dateTimeCreation: "2021-03-15T09:12:00",
                hasIntegrations: false, hasAccessToPayrollingTestData: false))
        }
        output.users.append(makeStaffUser(
            userName: "interimmanager", first: "Interim", last: "Manager", email: "interim.manager@\(Self.domain)", departments: [0]))
        output.users.append(makeStaffUser(
            userName: "salarisadministratie", first: "Salaris", last: "Administratie", email: "salaris@\(Self.domain)", departments: []))
        output.users.append(makeStaffUser(
            userName: "hrbeheer", first: "HR", last: "Beheer", email: "hr@\(Self.domain)", departments: []))
        let definition = LoketCustomFieldDefinition(id: nextID(.customFieldDefinition), description: "Leidinggevende")
        for (position, department) in homeDepartment.enumerated() {
            guard let department, let manager = managerOfDepartment[department] ?? managerOfDepartment[divisionOfDepartment[department]]
            else { continue }
            let employee = output.employees[position]
            guard manager.id != employee.id else { continue }
            output.customFields.append(LoketCustomField(
                employeeId: employee.id, id: nextID(.customField), customField: definition, value: String(manager.employeeNumber)))
        }
    }

    private mutating func makeStaffUser(userName: String, first: String, last: String, email: String, departments: [Int]) -> LoketUser {
        LoketUser(
            employerId: employerId, departmentIds: departments.map { output.departments[$0].id }, id: nextID(.user), userName: userName,
            personalDetails: LoketUserPersonalDetails(firstName: first, initials: String(first.prefix(1)) + ".", lastName: last),
            contactInformation: LoketUserContactInformation(emailAddress: email, placeOfEmployment: "Rotterdam"),
            isDepartmentManager: !departments.isEmpty, isLinkedToMultipleEmployers: false, hasMultiFactorAuthentication: true,
            loginMethod: LoketKeyValue(key: 1, value: "Via website"), accessStatus: LoketKeyValue(key: 3, value: "Has access to Client"),
            userSpecifiedRole: departments.isEmpty
                ? LoketKeyValue(key: 3, value: "Salarisadministrateur") : LoketKeyValue(key: 5, value: "Leidinggevende"),
            dateTimeCreation: "2020-01-06T08:30:00", hasIntegrations: false, hasAccessToPayrollingTestData: false)
    }
}
