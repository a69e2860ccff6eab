import Testing
import UnderstudyCore

@testable import LoketConnector

@Suite struct LoketEmployerRecordTests {
    private let employers: [JSONValue] = [
        ["id": "c1", "companyName": "Understudy Demo B.V.", "employerNumber": 20720],
        ["id": "c2", "companyName": "Understudy Zorg B.V.", "employerNumber": 20721],
    ]

    @Test func findsTheEmployerByCompanyNameWithoutRegardToCase() throws {
        let employer = try LoketEmployerRecord.named("understudy ZORG b.v.", in: employers)
        #expect(employer == LoketEmployerRecord(id: "c2", companyName: "Understudy Zorg B.V.", employerNumber: 20721))
        #expect(employer.path("employees") == "/v2/providers/employers/c2/employees")
        #expect(employer.contractEmployer == ["Name": "Understudy Zorg B.V.", "Code": 20721, "Id": "c2"])
    }

    @Test func anUnknownNameFailsAsTheOriginalAndListsTheReadableEmployers() {
        #expect(throws: LoketConnectorError.employerNotFound(name: "Onbekend", available: ["Understudy Demo B.V.", "Understudy Zorg B.V."])) {
            try LoketEmployerRecord.named("Onbekend", in: employers)
        }
        let error = LoketConnectorError.employerNotFound(name: "Onbekend", available: ["A B.V."])
        #expect(error.description == "Employer [Onbekend] not Found! Employers this refresh token can read: [A B.V.]")
        #expect(LoketConnectorError.employerNotFound(name: "X", available: []).description.hasSuffix("can read: none"))
    }

    @Test func aNameTwoEmployersShareIsAmbiguous() {
        #expect(throws: LoketConnectorError.ambiguousEmployer(name: "Understudy Demo B.V.", count: 2)) {
            try LoketEmployerRecord.named("Understudy Demo B.V.", in: employers + [["id": "c3", "companyName": "UNDERSTUDY DEMO B.V."]])
        }
    }
}
