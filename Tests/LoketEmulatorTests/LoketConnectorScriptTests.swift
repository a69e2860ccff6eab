import EmulatorCore
import Foundation
import LoketEmulator
import MicroHTTP
import Testing
import UnderstudyCore

/// The original connector's request sequences (persons.ps1, departments.ps1) against the
/// repository seed, and every field the scripts read.
@Suite struct LoketConnectorScriptTests {
    private static let employer = "/v2/providers/employers/\(Seeded.employerID)"

    @Test func personsScriptSendsItsExactSequence() throws {
        let fixture = try LoketFixture()
        let script = LoketConnectorScript(send: fixture.emulator.respond)
        _ = try script.persons()
        let employmentIDs = [
            Seeded.employmentID(101), Seeded.employmentID(102), Seeded.employmentID(103, 1), Seeded.employmentID(103, 2),
            Seeded.employmentID(105), Seeded.employmentID(106), Seeded.employmentID(107), Seeded.employmentID(108),
            Seeded.employmentID(109), Seeded.employmentID(110), Seeded.employmentID(111), Seeded.employmentID(112),
            Seeded.employmentID(113), Seeded.employmentID(114, 1), Seeded.employmentID(114, 2),
        ]
        let paging = "?pageSize=250&pageNumber=1"
        let expected = ["POST /token", "GET /v2/providers/employers\(paging)", "GET \(Self.employer)/employees\(paging)",
            "GET \(Self.employer)/employees/employments\(paging)"]
            + employmentIDs.flatMap { id in [
                "GET /v2/providers/employers/employees/employments/\(id)/organizationalentities\(paging)",
                "GET /v2/providers/employers/employees/employments/\(id)/workinghours\(paging)",
            ] }
        #expect(script.exchanges.map { "\($0.method) \($0.target)" } == expected)
        #expect(script.exchanges.allSatisfy { $0.status == 200 })
        #expect(fixture.emulator.stats.tokenRequests == 1)
        #expect(fixture.emulator.stats.apiRequests == 33)
    }

    @Test func personsCarryEveryFieldTheMappingReads() throws {
        let fixture = try LoketFixture()
        let persons = try LoketConnectorScript(send: fixture.emulator.respond).persons()
        #expect(persons.count == 14)
        let susan = try #require(persons.first { $0["employeeNumber"] == 101 })
        #expect(susan["ExternalId"] == .string(Seeded.employeeID(101)))
        #expect(susan["DisplayName"] == "Wiel - van Bergen S.L. van de")
        for path in [
            ["contactInformation", "emailAddress"], ["contactInformation", "mobilePhoneNumber"], ["personalDetails", "dateOfBirth"],
            ["personalDetails", "civilStatus", "value"], ["personalDetails", "howToFormatLastName", "value"],
            ["personalDetails", "lastName"], ["personalDetails", "lastNamePartner"], ["personalDetails", "prefixPartner"],
            ["personalDetails", "prefix"], ["personalDetails", "firstName"], ["personalDetails", "initials"],
        ] {
            #expect(path.reduce(susan as JSONValue?) { $0?[$1] }?.stringValue?.isEmpty == false, "\(path)")
        }
        let contract = try #require(susan["Contracts"]?[0])
        #expect(contract["ExternalId"] == .string(Seeded.employmentID(101)))
        #expect(contract["DisplayName"] == 101)
        #expect(contract["startDate"] == "2019-03-01")
        #expect(contract["endDate"] == .null)
        #expect(contract["typeOfEmployee"]?["value"] == "Personeel")
        #expect(contract["Function"]?["function"]?["description"] == "Verpleegkundige")
        #expect(contract["Function"]?["department"]?["key"] == .string(Seeded.departmentID(11)))
        #expect(contract["Function"]?["department"]?["description"] == "Zorg Noord")
        #expect(contract["Function"]?["distributionUnit"]?["description"] == "Kostenplaats Zorg")
        #expect(contract["Workinghours"]?["shift"]?["fullTimeHoursPerWeek"] == 36)
        #expect(contract["Employer"] == ["Name": "Understudy Demo B.V.", "Code": 20720, "Id": .string(Seeded.employerID)])
    }

    @Test func functionAndWorkingHoursAreNullObjectOrArrayByCount() throws {
        let fixture = try LoketFixture()
        let persons = try LoketConnectorScript(send: fixture.emulator.respond).persons()
        func contract(_ number: Int, _ index: Int = 0) -> JSONValue? {
            persons.first { $0["employeeNumber"] == .integer(Int64(number)) }?["Contracts"]?[index]
        }
        #expect(contract(105)?["Function"] == .null)
        #expect(contract(105)?["Workinghours"] == .null)
        #expect(contract(101)?["Function"]?.objectValue != nil)
        #expect(contract(102)?["Function"]?.arrayValue?.count == 2)
        #expect(contract(107)?["Function"]?.arrayValue?.count == 3)
        #expect(contract(107)?["Workinghours"]?.arrayValue?.count == 3)
        #expect(persons.first { $0["employeeNumber"] == 104 }?["Contracts"] == [])
        #expect(persons.first { $0["employeeNumber"] == 103 }?["Contracts"]?.arrayValue?.count == 2)
    }

    @Test func departmentsScriptSequenceAndManagers() throws {
        let fixture = try LoketFixture()
        let script = LoketConnectorScript(send: fixture.emulator.respond)
        let departments = try script.departments()
        let paging = "?pageSize=250&pageNumber=1"
        #expect(script.exchanges.map { "\($0.method) \($0.target)" } == [
            "POST /token", "GET /v2/providers/employers\(paging)", "GET \(Self.employer)/departments\(paging)",
            "GET \(Self.employer)/users/departments\(paging)", "GET \(Self.employer)/users\(paging)", "GET \(Self.employer)/employees\(paging)",
        ])
        let managers = Dictionary(uniqueKeysWithValues: departments.map { ($0["DisplayName"]?.stringValue ?? "", $0["ManagerExternalId"] ?? .null) })
        #expect(managers == [
            "Directie": .string(Seeded.employeeID(110)), "Zorg": .string(Seeded.employeeID(102)), "Zorg Noord": .string(Seeded.employeeID(102)),
            "Zorg Zuid": .null, "Financiën & Control": .string(Seeded.employeeID(109)), "ICT": .string(Seeded.employeeID(106)),
            "Personeelszaken": .null, "Facilitaire Dienst": .null,
        ])
        let north = try #require(departments.first { $0["code"] == 11 })
        #expect(north["ExternalId"] == .string(Seeded.departmentID(11)))
        #expect(north["subDepartmentOf"]?["key"] == .string(Seeded.departmentID(10)))
    }

    @Test func employerNameIsMatchedWithoutCaseAndAnUnknownOneStopsTheRun() throws {
        let fixture = try LoketFixture()
        let persons = try LoketConnectorScript(employer: "understudy zorg b.v.", send: fixture.emulator.respond).persons()
        #expect(persons.map { $0["DisplayName"] } == ["Bos M.A.", "Dijk D. van"])
        #expect(throws: LoketConnectorScript.Failure.employerNotFound("Employer [Nobody B.V.] not Found!")) {
            try LoketConnectorScript(employer: "Nobody B.V.", send: fixture.emulator.respond).persons()
        }
    }

    @Test func badRefreshTokenFailsTheRunWithInvalidGrant() throws {
        let fixture = try LoketFixture()
        let error = #expect(throws: LoketConnectorScript.Failure.self) {
            try LoketConnectorScript(refreshToken: "expired", send: fixture.emulator.respond).departments()
        }
        guard case .http(let status, let body) = error else { return }
        #expect(status == 400)
        #expect(try JSONValue(parsing: body)["error"] == "invalid_grant")
    }

    @Test func tokenExpiringMidRunFailsTheOriginalScript() throws {
        let fixture = try LoketFixture()
        var sent = 0
        let script = LoketConnectorScript { request in
            sent += 1
            if sent == 10 { fixture.clock.advance(by: .seconds(3600)) }
            return fixture.emulator.respond(to: request)
        }
        let error = #expect(throws: LoketConnectorScript.Failure.self) { try script.persons() }
        #expect(error == .http(status: 401, body: #"{"message":"Authorization has been denied for this request."}"#))
        #expect(fixture.emulator.stats.expiredTokens == 1)
    }

    @Test func tokenExpiringMidRunIsRenewedOnce() throws {
        let fixture = try LoketFixture()
        var sent = 0
        let script = LoketConnectorScript(renewsExpiredToken: true) { request in
            sent += 1
            if sent == 10 { fixture.clock.advance(by: .seconds(3600)) }
            return fixture.emulator.respond(to: request)
        }
        let persons = try script.persons()
        #expect(persons.count == 14)
        let stats = fixture.emulator.stats
        #expect(stats.tokenRequests == 2)
        #expect(stats.tokensIssued == 2)
        #expect(stats.unauthorized == 1)
        #expect(stats.expiredTokens == 1)
        #expect(script.exchanges.filter { $0.status == 401 }.count == 1)
        #expect(script.exchanges[9].status == 401)
        #expect(script.exchanges[10].target == "/token")
    }

    @Test func expireTokensControlRehearsesTheSameOverAnUninterruptedRun() throws {
        let fixture = try LoketFixture()
        let control = HTTPRequest(method: "PUT", target: "/__admin/loket/expire-tokens", body: Data(#"{"afterRequests": 3}"#.utf8))
        #expect(fixture.emulator.control(control, path: "expire-tokens")?.status == 200)
        let script = LoketConnectorScript(renewsExpiredToken: true, send: fixture.emulator.respond)
        #expect(try script.departments().count == 8)
        #expect(script.exchanges.map(\.status) == [200, 200, 200, 200, 401, 200, 200, 200])
        #expect(script.exchanges[5].target == "/token")
        #expect(fixture.emulator.stats.tokenRequests == 2)
    }
}
