import EmulatorCore
import Foundation
import LoketEmulator
import MicroHTTP
import Testing
import UnderstudyCore

@Suite struct LoketEmployerEndpointsTests {
    private let base = "/v2/providers/employers/\(Seeded.employerID)"

    @Test func employersCarryTheirFullRecord() throws {
        let fixture = try LoketFixture()
        let employer = try #require(fixture.get("/v2/providers/employers", token: try fixture.token()).json.embedded.first)
        #expect(employer.keys == [
            "id", "companyName", "employerNumber", "chamberOfCommerceNumber", "legalForm", "branch", "sbi", "address",
            "deviatingPostalAddress", "contact", "contactInformation", "providerSettings", "employerLogo", "providerLogo",
        ])
        #expect(employer["id"] == .string(Seeded.employerID))
        #expect(employer["companyName"] == "Understudy Demo B.V.")
        #expect(employer["employerNumber"] == 20720)
        #expect(employer["legalForm"] == ["key": 1, "value": "B.V."])
        #expect(employer["address"]?.keys.contains("poBox") == false)
        #expect(employer["deviatingPostalAddress"]?["poBox"] == 1021)
        #expect(employer["address"]?["country"] == ["key": 1, "isoCode": "NL", "value": "Netherlands"])
    }

    @Test func departmentsShowTheirParentAsSubDepartmentOf() throws {
        let fixture = try LoketFixture()
        let departments = fixture.get("\(base)/departments?pageSize=250&pageNumber=1", token: try fixture.token()).json.embedded
        #expect(departments.count == 8)
        let root = try #require(departments.first)
        #expect(root.keys == ["id", "code", "description", "subDepartmentOf", "emailLeaveRequest"])
        #expect(root["subDepartmentOf"] == .null)
        let north = try #require(departments.first { $0["code"] == 11 })
        #expect(north["description"] == "Zorg Noord")
        #expect(north["subDepartmentOf"] == ["key": .string(Seeded.departmentID(10)), "code": 10, "description": "Zorg"])
        #expect(north["emailLeaveRequest"] == "verlof-noord@understudy-demo.example")
    }

    @Test func usersAreThePortalAccountsWithTheirManagerFlag() throws {
        let fixture = try LoketFixture()
        let users = fixture.get("\(base)/users?pageSize=250&pageNumber=1", token: try fixture.token()).json.embedded
        #expect(users.count == 7)
        let jan = try #require(users.first { $0["userName"] == "jdevries" })
        #expect(jan.keys == [
            "id", "userName", "personalDetails", "contactInformation", "isDepartmentManager", "isLinkedToMultipleEmployers",
            "hasMultiFactorAuthentication", "loginMethod", "accessStatus", "userSpecifiedRole", "userCustomSpecifiedRole",
            "dateTimeCreation", "dateTimeLastLogin", "hasIntegrations", "hasAccessToPayrollingTestData",
        ])
        #expect(jan["isDepartmentManager"] == true)
        #expect(jan["contactInformation"]?["emailAddress"] == "j.devries@understudy-demo.example")
        #expect(jan["personalDetails"] == ["firstName": "Jan", "initials": "J.", "prefix": "de", "lastName": "Vries"])
    }

    @Test func userDepartmentsListEachUsersLinks() throws {
        let fixture = try LoketFixture()
        let links = fixture.get("\(base)/users/departments?pageSize=250&pageNumber=1", token: try fixture.token()).json.embedded
        #expect(links.count == 7)
        let jan = try #require(links.first { $0["userId"] == "5e0a0000-0000-4000-8000-000000000002" })
        #expect(jan.keys == ["userId", "departments"])
        #expect(jan["departments"] == [
            ["id": .string(Seeded.departmentID(10)), "code": 10, "description": "Zorg"],
            ["id": .string(Seeded.departmentID(11)), "code": 11, "description": "Zorg Noord"],
        ])
        #expect(links.contains { $0["departments"] == [] })
    }

    @Test func unknownOrMalformedEmployerIsAnEmpty404() throws {
        let fixture = try LoketFixture()
        let token = try fixture.token()
        for path in ["/v2/providers/employers/c1a00000-0000-4000-8000-000000000099/employees", "/v2/providers/employers/20720/departments"] {
            let response = fixture.get(path, token: token)
            #expect(response.status == 404)
            #expect(response.body.isEmpty)
        }
    }

    @Test func employerOutsideTheClientsRightsIsForbidden() throws {
        let fixture = try LoketFixture()
        let token = try fixture.token(clientID: "understudy-zorg-only", refreshToken: Seeded.zorgOnlyRefreshToken)
        let listed = fixture.get("/v2/providers/employers", token: token).json.embedded
        #expect(listed.map { $0["companyName"] } == ["Understudy Zorg B.V."])
        let forbidden = fixture.get("\(base)/employees", token: token)
        #expect(forbidden.status == 403)
        #expect(forbidden.json == [
            "message": "Insufficient rights for this request, reason \"User doesn't have rechten to perform activity for the given Id.\"",
        ])
        let employment = fixture.get("/v2/providers/employers/employees/employments/\(Seeded.employmentID(101))/workinghours", token: token)
        #expect(employment.status == 403)
        #expect(fixture.emulator.stats.forbidden == 2)
        #expect(fixture.get("/v2/providers/employers/\(Seeded.secondEmployerID)/employees", token: token).status == 200)
    }
}
