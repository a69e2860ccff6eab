import ConnectorRuntime
import Testing
import UnderstudyCore

@testable import LoketConnector

@Suite struct LoketPersonsTests {
    private func employee(_ id: String?, _ number: Int, name: String? = "Someone") -> JSONValue {
        [
            "id": id.map(JSONValue.string) ?? .null, "employeeNumber": .integer(Int64(number)),
            "personalDetails": ["formattedName": name.map(JSONValue.string) ?? .null],
        ]
    }

    private func contract(_ id: String, employeeNumber: Int) -> JSONValue {
        ["ExternalId": .string(id), "DisplayName": .integer(Int64(employeeNumber))]
    }

    @Test func givesEachEmployeeItsContractsInLoketsOrder() {
        let (persons, warnings) = LoketPersons.make(
            employees: [employee("a1", 101), employee("a2", 102), employee("a3", 103)],
            contracts: [contract("e2", employeeNumber: 102), contract("e1", employeeNumber: 101), contract("e3", employeeNumber: 102)])
        #expect(warnings.isEmpty)
        #expect(persons.map(\.externalId) == ["a1", "a2", "a3"])
        #expect(persons[0].contracts.map { $0["ExternalId"] } == ["e1"])
        #expect(persons[1].contracts.map { $0["ExternalId"] } == ["e2", "e3"])
        #expect(persons[2].jsonValue["Contracts"] == [], "no contracts is an empty array, never null")
    }

    @Test func keepsTheEmployeeRecordAndSetsHelloIDsFields() {
        let (persons, _) = LoketPersons.make(employees: [employee("a1", 101, name: "Bergen S. van")], contracts: [])
        let person = persons[0].jsonValue
        #expect(person["ExternalId"] == "a1")
        #expect(person["DisplayName"] == "Bergen S. van")
        #expect(person["employeeNumber"] == 101)
        #expect(person["personalDetails"]?["formattedName"] == "Bergen S. van")
    }

    @Test func fallsBackToTheEmployeeNumberWithoutAFormattedName() {
        let (persons, _) = LoketPersons.make(employees: [employee("a1", 101, name: nil)], contracts: [])
        #expect(persons[0].displayName == "101")
    }

    @Test func leavesOutAnEmployeeWithoutIdWithAWarning() {
        let (persons, warnings) = LoketPersons.make(employees: [employee(nil, 101), employee("a2", 102)], contracts: [])
        #expect(persons.map(\.externalId) == ["a2"])
        #expect(warnings == ["employee 101 has no id and was left out"])
    }
}
