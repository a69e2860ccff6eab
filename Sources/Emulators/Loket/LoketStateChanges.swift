import EmulatorCore
import Foundation
import UnderstudyCore

/// An employee a provider state made sure of, with the values the interaction may use.
struct LoketEnsuredEmployee {
    var employeeId: UUID
    var employeeNumber: Int
    var employerId: UUID

    var values: [String: JSONValue] {
        ["employeeId": .id(employeeId), "employeeNumber": .integer(Int64(employeeNumber)), "employerId": .id(employerId)]
    }
}

extension LoketState {
    /// Makes sure an employer called `name` (any case) exists, creating `name` if needed.
    mutating func ensureEmployer(named name: String) -> [String: JSONValue] {
        let employer = directory.employers(named: name).first ?? {
            let number = (directory.employers.values.map(\.employerNumber).max() ?? 10_000) + 1
            let created = LoketEmployer(id: UUID(), companyName: name, employerNumber: number)
            directory.add(created)
            return created
        }()
        return ["employerId": .id(employer.id), "employerNumber": .integer(Int64(employer.employerNumber)), "companyName": .string(employer.companyName)]
    }

    /// Makes sure employee `id` exists, creating "T. Medewerker" under the `employerId`
    /// parameter's employer (default: the first listed) if needed.
    mutating func ensureEmployee(_ call: ProviderStateCall) throws(ProviderStateError) -> LoketEnsuredEmployee {
        let id = try call.id("id")
        if let employee = directory.employees[id] {
            return LoketEnsuredEmployee(employeeId: id, employeeNumber: employee.employeeNumber, employerId: employee.employerId)
        }
        let employerId = call.values["employerId"] == nil ? directory.employerIDs.first : try call.id("employerId")
        guard let employerId, directory.employers[employerId] != nil else {
            throw ProviderStateError.invalidParameter(state: call.name, parameter: "employerId", reason: "names no employer")
        }
        let number = (directory.employeeIDsByEmployer[employerId, default: []].compactMap { directory.employees[$0]?.employeeNumber }.max() ?? 0) + 1
        let details = LoketPersonalDetails(
            firstName: "Test", initials: "T.", lastName: "Medewerker", formattedName: "Medewerker T.",
            howToFormatLastName: LoketNameConvention.own.metadata)
        directory.add(LoketEmployee(
            employerId: employerId, id: id, employeeNumber: number, personalDetails: details,
            contactInformation: LoketEmployeeContactInformation(emailAddress: "test.medewerker\(number)@understudy-demo.example")))
        return LoketEnsuredEmployee(employeeId: id, employeeNumber: number, employerId: employerId)
    }

    /// Removes employee `id` and its employments from every list.
    mutating func removeEmployee(_ id: UUID) {
        guard let employee = directory.employees[id] else { return }
        directory.employees.remove(id)
        directory.employeeIDsByEmployer[employee.employerId]?.removeAll { $0 == id }
        let employments = Set(directory.employmentIDsByEmployee.removeValue(forKey: id) ?? [])
        directory.employmentIDsByEmployer[employee.employerId]?.removeAll { employments.contains($0) }
        for employment in employments { directory.employments.remove(employment) }
    }

    /// Adds a running employment `id` of `employeeId`, started today.
    mutating func addEmployment(id: UUID, employeeId: UUID, now: Date) {
        directory.add(LoketEmployment(
            employeeId: employeeId, id: id, startDate: Self.day(of: now), typeOfEmployee: LoketKeyValue(key: 1, value: "Personeel")))
    }

    /// Makes sure employment `id` exists, adding it to the `employeeId` parameter's employee (made
    /// sure of as by "employee {id} exists") or to a new test employee.
    mutating func ensureEmployment(_ call: ProviderStateCall) throws(ProviderStateError) -> [String: JSONValue] {
        let id = try call.id("id")
        if directory.employments[id] == nil {
            var values = call.values
            values["id"] = values["employeeId"] ?? .string(UUID().uuidString)
            let employee = try ensureEmployee(ProviderStateCall(name: call.name, values: values, now: call.now))
            addEmployment(id: id, employeeId: employee.employeeId, now: call.now)
        }
        let employment = directory.employments[id]!
        return [
            "employmentId": .id(id), "employeeId": .id(employment.employeeId),
            "employerId": .id(directory.employer(ofEmployment: id) ?? employment.employeeId),
        ]
    }

    /// Gives employment `employment` exactly `count` consecutive function periods, in the first
    /// department of its employer.
    mutating func setOrganizationalEntities(count: Int, employment: UUID, now: Date) {
        let start = directory.employments[employment]?.startDate ?? Self.day(of: now)
        let department = directory.employer(ofEmployment: employment).flatMap { directory.departmentIDsByEmployer[$0]?.first }
        directory.organizationalEntities.replace(employment, with: Self.periods(count, from: start).map { period in
            LoketOrganizationalEntity(
                employmentId: employment, id: UUID(), startDate: period.start, endDate: period.end,
                function: LoketFunction(key: UUID(), description: "Medewerker", group: "Algemeen"), departmentId: department)
        })
    }

    /// Gives employment `employment` exactly `count` consecutive working-hours periods of 36 hours.
    mutating func setWorkingHours(count: Int, employment: UUID, now: Date) {
        let start = directory.employments[employment]?.startDate ?? Self.day(of: now)
        directory.workingHours.replace(employment, with: Self.periods(count, from: start).map { period in
            LoketWorkingHours(
                employmentId: employment, id: UUID(), startDate: period.start, endDate: period.end,
                shift: LoketShift(shiftNumber: 1, fullTimeHoursPerWeek: 36, bonusPercentage: 0), averageParttimeFactor: 100)
        })
    }

    /// `count` consecutive 30-day periods from `start`, the last one open.
    private static func periods(_ count: Int, from start: LoketDate) -> [(start: LoketDate, end: LoketDate?)] {
        (0..<count).map { index in
            (start.adding(days: 30 * index), index == count - 1 ? nil : start.adding(days: 30 * index + 29))
        }
    }

    /// The calendar day (UTC) of `date`.
    static func day(of date: Date) -> LoketDate {
        LoketDate(daysSinceEpoch: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
