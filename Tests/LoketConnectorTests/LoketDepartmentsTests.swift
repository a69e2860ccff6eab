import Testing
import UnderstudyCore

@testable import LoketConnector

@Suite struct LoketDepartmentsTests {
    private let managers = LoketManagers(
        users: [
            ["id": "u1", "userName": "one", "isDepartmentManager": true, "contactInformation": ["emailAddress": "one@example.nl"]],
            ["id": "u2", "userName": "two", "isDepartmentManager": true, "contactInformation": ["emailAddress": "two@example.nl"]],
        ],
        links: [["userId": "u1", "departments": [["id": "d2"]]], ["userId": "u2", "departments": [["id": "d2"]]]],
        employees: [
            ["id": "a1", "contactInformation": ["emailAddress": "one@example.nl"]],
            ["id": "a2", "contactInformation": ["emailAddress": "two@example.nl"]],
        ])

    private let departments: [JSONValue] = [
        ["id": "d1", "code": 1, "description": "Directie", "subDepartmentOf": nil],
        ["id": "d2", "code": 10, "description": "Zorg", "subDepartmentOf": ["key": "d1", "code": 1, "description": "Directie"]],
    ]

    @Test func keepsTheRecordAndSetsHelloIDsFields() {
        let (records, warnings) = LoketDepartments.make(departments: departments, managers: managers)
        #expect(warnings.isEmpty)
        let zorg = records[1].jsonValue
        #expect(zorg["ExternalId"] == "d2")
        #expect(zorg["DisplayName"] == "Zorg")
        #expect(zorg["code"] == 10)
        #expect(zorg["ParentExternalId"] == "d1")
        #expect(zorg["subDepartmentOf"]?["description"] == "Directie")
    }

    @Test func aDepartmentWithTwoManagersNamesTheFirstAndListsBoth() {
        let zorg = LoketDepartments.make(departments: departments, managers: managers).records[1].jsonValue
        #expect(zorg["ManagerExternalId"] == "a1")
        #expect(zorg["ManagerExternalIds"] == ["a1", "a2"])
    }

    @Test func aDepartmentWithoutManagerOrParentHasNullsAndAnEmptyList() {
        let directie = LoketDepartments.make(departments: departments, managers: managers).records[0].jsonValue
        #expect(directie["ManagerExternalId"] == .null)
        #expect(directie["ManagerExternalIds"] == [])
        #expect(directie["ParentExternalId"] == .null)
    }

    @Test func leavesOutARecordWithoutIdWithAWarning() {
        let (records, warnings) = LoketDepartments.make(departments: [["description": "Nameless"]] + departments, managers: managers)
        #expect(records.map(\.externalId) == ["d1", "d2"])
        #expect(warnings == ["department at position 1 has no id and was left out"])
    }
}
