import Foundation
import LoketEmulator
import Testing
import UnderstudyCore

@Suite struct LoketSeedGeneratorTests {
    @Test func sameArgumentsGiveTheSameSeed() {
        let first = LoketSeed.generated(employees: 300, seed: 42)
        #expect(first == LoketSeed.generated(employees: 300, seed: 42))
        let other = LoketSeed.generated(employees: 300, seed: 43)
        #expect(other.employees.map(\.id) != first.employees.map(\.id))
        #expect(other.employees.map(\.personalDetails.formattedName) != first.employees.map(\.personalDetails.formattedName))
    }

    @Test func hasTheAskedSizeAndRealisticVariety() throws {
        let seed = LoketSeed.generated(employees: 2_000, seed: 7)
        #expect(seed.employers.map(\.companyName) == [LoketSeed.generatedEmployerName])
        #expect(seed.employees.count == 2_000)
        #expect(Set(seed.employees.map(\.employeeNumber)).count == 2_000)
        #expect(Set(seed.employees.map(\.id)).count == 2_000)
        let employments = Dictionary(grouping: seed.employments, by: \.employeeId).mapValues(\.count)
        let perEmployee = seed.employees.map { employments[$0.id] ?? 0 }
        #expect(Set(perEmployee) == [0, 1, 2, 3])
        #expect(perEmployee.filter { $0 == 1 }.count > 1_400)
        let periods = Dictionary(grouping: seed.organizationalEntities, by: \.employmentId).mapValues(\.count)
        #expect(Set(seed.employments.map { periods[$0.id] ?? 0 }) == [0, 1, 2, 3])
        let hours = Dictionary(grouping: seed.workingHours, by: \.employmentId).mapValues(\.count)
        #expect(Set(seed.employments.map { hours[$0.id] ?? 0 }) == [0, 1, 2, 3])
        #expect(seed.employments.contains { $0.endDate != nil })
        #expect(seed.employments.contains { $0.isOnCallEmployment == true })
        #expect(seed.departments.count == 2_000 / 35 + 4)
        #expect(seed.departments.filter { $0.parentDepartmentId == nil }.count == 1)
        let emails = seed.employees.compactMap(\.contactInformation.emailAddress)
        #expect(Set(emails).count == emails.count, "e-mail addresses are unique")
        #expect(seed.employees.contains { $0.personalDetails.lastNamePartner != nil })
        #expect(seed.customFields.count > 1_000)
        #expect(!seed.journalAllocations.isEmpty)
    }

    @Test func managersAreUsersCorrelatedByEmailExceptTheInterim() throws {
        let seed = LoketSeed.generated(employees: 1_000, seed: 11)
        let byEmail = Dictionary(
            seed.employees.compactMap { employee in employee.contactInformation.emailAddress.map { ($0.lowercased(), employee) } },
            uniquingKeysWith: { first, _ in first })
        let managers = seed.users.filter(\.isDepartmentManager)
        let uncorrelated = managers.filter { byEmail[$0.contactInformation.emailAddress?.lowercased() ?? ""] == nil }
        #expect(uncorrelated.map(\.userName) == ["interimmanager"])
        #expect(managers.count > seed.departments.count / 2)
        #expect(managers.contains { user in
            let email = user.contactInformation.emailAddress ?? ""
            return email != email.lowercased()
        })
        #expect(Set(managers.flatMap(\.departmentIds)).isSubset(of: Set(seed.departments.map(\.id))))
    }

    @Test func formattedNamesFollowTheNameConvention() throws {
        let seed = LoketSeed.generated(employees: 500, seed: 5)
        for employee in seed.employees {
            let details = employee.personalDetails
            let key = try #require(details.howToFormatLastName?.key)
            let leading = key >= 3 ? details.lastNamePartner : details.lastName
            #expect(details.formattedName.hasPrefix(leading ?? details.lastName), "\(details.formattedName)")
            #expect(details.formattedName.contains(details.initials ?? ""))
        }
        #expect(Set(seed.employees.compactMap { $0.personalDetails.howToFormatLastName?.key }) == [1, 2, 3, 4])
    }

    @Test func emptyEmployerStillHasDepartments() {
        let seed = LoketSeed.generated(employees: 0, seed: 1)
        #expect(seed.employees.isEmpty)
        #expect(seed.departments.count == 4)
        #expect(seed.users.map(\.userName) == ["interimmanager", "salarisadministratie", "hrbeheer"])
    }

    @Test func generatesFiftyThousandEmployees() {
        let seed = LoketSeed.generated(employees: 50_000, seed: 1)
        #expect(seed.employees.count == 50_000)
        #expect(seed.employments.count > 50_000)
    }
}
