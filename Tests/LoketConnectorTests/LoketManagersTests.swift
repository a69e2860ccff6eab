import Testing
import UnderstudyCore

@testable import LoketConnector

@Suite struct LoketManagersTests {
    private func employee(_ id: String, _ email: String?) -> JSONValue {
        ["id": .string(id), "contactInformation": ["emailAddress": email.map(JSONValue.string) ?? .null]]
    }

    private func user(_ id: String, _ name: String, _ email: String?, manager: Bool = true) -> JSONValue {
        [
            "id": .string(id), "userName": .string(name), "isDepartmentManager": .bool(manager),
            "contactInformation": ["emailAddress": email.map(JSONValue.string) ?? .null],
        ]
    }

    private func link(_ userId: String, _ departments: [String]) -> JSONValue {
        ["userId": .string(userId), "departments": .array(departments.map { ["id": .string($0)] })]
    }

    @Test func correlatesAManagerUserWithAnEmployeeByEmailWithoutRegardToCase() {
        let managers = LoketManagers(
            users: [user("u1", "mvisser", " M.Visser@Example.nl ")], links: [link("u1", ["d1", "d2"])],
            employees: [employee("a1", "m.visser@example.nl"), employee("a2", "other@example.nl")])
        #expect(managers.byDepartment == ["d1": ["a1"], "d2": ["a1"]])
        #expect(managers.warnings.isEmpty)
    }

    @Test func ignoresUsersWhoAreNotDepartmentManagers() {
        let managers = LoketManagers(
            users: [user("u1", "hr", "hr@example.nl", manager: false)], links: [link("u1", ["d1"])],
            employees: [employee("a1", "hr@example.nl")])
        #expect(managers.byDepartment.isEmpty)
    }

    @Test func warnsAboutAManagerWhoseEmailMatchesNoEmployee() {
        let managers = LoketManagers(
            users: [user("u1", "interim", "interim@example.nl")], links: [link("u1", ["d1"])], employees: [employee("a1", "a@example.nl")])
        #expect(managers.byDepartment.isEmpty)
        #expect(managers.warnings == ["No EmployeeObject correlated for user [interim]: no employee has its e-mail address; no department manager set"])
    }

    @Test func doesNotMatchAManagerWithoutEmailToEmployeesWithoutEmail() {
        let managers = LoketManagers(
            users: [user("u1", "nomail", nil)], links: [link("u1", ["d1"])], employees: [employee("a1", nil), employee("a2", "")])
        #expect(managers.byDepartment.isEmpty)
        #expect(managers.warnings.first?.contains("[nomail]: the user has no e-mail address") == true)
    }

    @Test func refusesAnEmailSharedByTwoEmployees() {
        let managers = LoketManagers(
            users: [user("u1", "shared", "team@example.nl")], links: [link("u1", ["d1"])],
            employees: [employee("a1", "team@example.nl"), employee("a2", "TEAM@example.nl")])
        #expect(managers.byDepartment.isEmpty)
        #expect(managers.warnings.first?.contains("2 employees have its e-mail address") == true)
    }

    @Test func keepsEveryDistinctManagerOfADepartmentInUserOrder() {
        let managers = LoketManagers(
            users: [user("u2", "second", "b@example.nl"), user("u1", "first", "a@example.nl"), user("u2", "second", "b@example.nl")],
            links: [link("u1", ["d1"]), link("u2", ["d1", "d2"]), link("u2", ["d1"])],
            employees: [employee("a1", "a@example.nl"), employee("a2", "b@example.nl")])
        #expect(managers.byDepartment == ["d1": ["a2", "a1"], "d2": ["a2"]])
    }

    @Test func aManagerWithoutLinkedDepartmentsManagesNothingAndIsNoWarning() {
        let managers = LoketManagers(users: [user("u1", "idle", "idle@example.nl")], links: [], employees: [])
        #expect(managers.byDepartment.isEmpty)
        #expect(managers.warnings.isEmpty)
    }
}
