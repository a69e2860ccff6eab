import Testing
import UnderstudyCore

@testable import LoketConnector

@Suite struct LoketContractTests {
    private let employer = LoketEmployerRecord(id: "c1", companyName: "Voorbeeld B.V.", employerNumber: 20720)
    private let employment: JSONValue = [
        "id": "e1", "startDate": "2019-03-01", "endDate": nil, "employee": ["id": "a1", "employeeNumber": 101],
    ]

    private func periods(_ count: Int) -> [JSONValue] {
        (0..<count).map { ["id": .string("p\($0)"), "startDate": .string("20\(10 + $0)-01-01"), "endDate": nil] }
    }

    private func contract(functions: Int, hours: Int) -> JSONValue {
        LoketContract.make(
            employment: employment, functions: periods(functions), workingHours: periods(hours), employer: employer, day: "2026-01-01")
    }

    @Test func keepsTheEmploymentAndAddsTheOriginalFields() {
        let contract = contract(functions: 1, hours: 1)
        #expect(contract["startDate"] == "2019-03-01")
        #expect(contract["endDate"] == .null)
        #expect(contract["ExternalId"] == "e1")
        #expect(contract["DisplayName"] == 101)
        #expect(contract["Employer"] == ["Name": "Voorbeeld B.V.", "Code": 20720, "Id": "c1"])
    }

    @Test func withoutPeriodsHasEmptyArraysAndNullActivePeriods() {
        let contract = contract(functions: 0, hours: 0)
        #expect(contract["Function"] == [])
        #expect(contract["Workinghours"] == [])
        #expect(contract["ActiveFunction"] == .null)
        #expect(contract["ActiveWorkinghours"] == .null)
    }

    @Test func withOnePeriodHasAnArrayOfOne() {
        let contract = contract(functions: 1, hours: 1)
        #expect(contract["Function"] == .array(periods(1)))
        #expect(contract["Workinghours"] == .array(periods(1)))
        #expect(contract["ActiveFunction"] == periods(1)[0])
    }

    @Test func withSeveralPeriodsHasThemAllAndTheActiveOne() {
        let contract = contract(functions: 3, hours: 2)
        #expect(contract["Function"]?.arrayValue?.count == 3)
        #expect(contract["Workinghours"]?.arrayValue?.count == 2)
        #expect(contract["ActiveFunction"]?["id"] == "p2")
        #expect(contract["ActiveWorkinghours"]?["id"] == "p1")
    }
}
