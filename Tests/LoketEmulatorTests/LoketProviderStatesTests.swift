import EmulatorCore
import Foundation
import LoketEmulator
import MicroHTTP
import Testing
import UnderstudyCore

@Suite struct LoketProviderStatesTests {
    @Test func validRefreshTokenNamesTheClientAndToken() throws {
        let fixture = try LoketFixture()
        let values = try fixture.emulator.applyProviderState(name: "a valid refresh token", params: [:], action: .setup)
        #expect(values == ["clientId": "understudy-demo", "clientSecret": "", "refreshToken": "loket-demo-refresh-token"])
        let confidential = try fixture.emulator.applyProviderState(
            name: "a valid refresh token", params: ["clientId": "understudy-confidential"], action: .setup)
        #expect(confidential["clientSecret"] == "demo-client-secret")
    }

    @Test func validAndExpiredAccessTokens() throws {
        let fixture = try LoketFixture()
        let valid = try fixture.emulator.applyProviderState(name: "a valid access token", params: [:], action: .setup)
        let token = try #require(valid["accessToken"]?.stringValue)
        #expect(valid["authorization"] == .string("Bearer \(token)"))
        #expect(fixture.get("/v2/providers/employers", token: token).status == 200)
        let expired = try fixture.emulator.applyProviderState(name: "an expired access token", params: [:], action: .setup)
        #expect(fixture.get("/v2/providers/employers", token: expired["accessToken"]?.stringValue).status == 401)
        #expect(fixture.emulator.stats.expiredTokens == 1)
    }

    @Test func rotationStatesSwitchRotation() throws {
        let fixture = try LoketFixture()
        _ = try fixture.emulator.applyProviderState(name: "Refresh token rotation is ON", params: [:], action: .setup)
        #expect(fixture.emulator.configuration.rotatesRefreshTokens)
        _ = try fixture.emulator.applyProviderState(name: "refresh token rotation is off", params: [:], action: .setup)
        #expect(!fixture.emulator.configuration.rotatesRefreshTokens)
    }

    @Test func authorizationCodeCanBeExchanged() throws {
        let fixture = try LoketFixture()
        let values = try fixture.emulator.applyProviderState(name: "an authorization code", params: [:], action: .setup)
        let code = try #require(values["code"]?.stringValue)
        #expect(values["redirectUri"] == "https://loket.nl")
        #expect(fixture.postToken("grant_type=authorization_code&code=\(code)&redirect_uri=https://loket.nl&client_id=understudy-demo").status == 200)
    }

    @Test func employerExistsReturnsItsIdOrCreatesIt() throws {
        let fixture = try LoketFixture()
        let existing = try fixture.emulator.applyProviderState(name: "employer Understudy Demo B.V. exists", params: [:], action: .setup)
        #expect(existing == ["employerId": .string(Seeded.employerID), "employerNumber": 20720, "companyName": "Understudy Demo B.V."])
        let created = try fixture.emulator.applyProviderState(name: "employer Nieuw B.V. exists", params: [:], action: .setup)
        #expect(created["employerNumber"] == 20722)
        let names = fixture.get("/v2/providers/employers", token: try fixture.token()).json.embedded.map { $0["companyName"] }
        #expect(names.contains("Nieuw B.V."))
        _ = try fixture.emulator.applyProviderState(name: "employer nieuw b.v. does not exist", params: [:], action: .setup)
        let token = try fixture.token()
        #expect(fixture.get("/v2/providers/employers", token: token).json["totalSize"] == 2)
        let createdID = try #require(created["employerId"]?.stringValue)
        #expect(fixture.get("/v2/providers/employers/\(createdID)/departments", token: token).status == 404)
    }

    @Test func employeeStatesCreateAndRemove() throws {
        let fixture = try LoketFixture()
        let id = "a1a00000-0000-4000-8000-000000000777"
        let created = try fixture.emulator.applyProviderState(name: "employee \(id) has employments", params: [:], action: .setup)
        #expect(created["employeeId"] == .string(id))
        #expect(created["employeeNumber"] == 115)
        #expect(created["employerId"] == .string(Seeded.employerID))
        let employmentID = try #require(created["employmentId"]?.stringValue)
        let token = try fixture.token()
        let employments = fixture.get("/v2/providers/employers/\(Seeded.employerID)/employees/employments", token: token).json.embedded
        #expect(employments.contains { $0["id"] == .string(employmentID) && $0["employee"]?["employeeNumber"] == 115 })
        let existing = try fixture.emulator.applyProviderState(name: "employee \(Seeded.employeeID(103)) has employments", params: [:], action: .setup)
        #expect(existing["employmentIds"]?.arrayValue?.count == 2)
        _ = try fixture.emulator.applyProviderState(name: "employee \(id) does not exist", params: [:], action: .setup)
        #expect(fixture.get("/v2/providers/employers/\(Seeded.employerID)/employees", token: token).json["totalSize"] == 14)
        #expect(fixture.get("/v2/providers/employers/employees/employments/\(employmentID)/workinghours", token: token).status == 404)
    }

    @Test func employmentPeriodCountsShapeTheConnectorsFunctionField() throws {
        let fixture = try LoketFixture()
        let id = Seeded.employmentID(101)
        let values = try fixture.emulator.applyProviderState(name: "employment \(id) has 2 organizational entities", params: [:], action: .setup)
        #expect(values["employeeId"] == .string(Seeded.employeeID(101)))
        _ = try fixture.emulator.applyProviderState(name: "employment \(id) has 0 working-hours periods", params: [:], action: .setup)
        let token = try fixture.token()
        let periods = fixture.get("/v2/providers/employers/employees/employments/\(id)/organizationalentities", token: token).json.embedded
        #expect(periods.count == 2)
        #expect(periods[0]["endDate"] == "2019-03-30")
        #expect(periods[1]["department"]?["code"] == 1)
        #expect(fixture.get("/v2/providers/employers/employees/employments/\(id)/workinghours", token: token).json["totalSize"] == 0)
        let fresh = "e1a00000-0000-4000-8000-000000099999"
        let made = try fixture.emulator.applyProviderState(name: "employment \(fresh) exists", params: [:], action: .setup)
        #expect(made["employerId"] == .string(Seeded.employerID))
    }

    @Test func badNamesAndParametersAreExplained() throws {
        let fixture = try LoketFixture()
        #expect(throws: ProviderStateError.self) {
            try fixture.emulator.applyProviderState(name: "the moon is full", params: [:], action: .setup)
        }
        let error = #expect(throws: ProviderStateError.self) {
            try fixture.emulator.applyProviderState(name: "employee 42 exists", params: [:], action: .setup)
        }
        #expect(error == .invalidParameter(state: "employee 42 exists", parameter: "id", reason: "must be a GUID, got \"42\""))
        #expect(throws: ProviderStateError.self) {
            try fixture.emulator.applyProviderState(name: "a valid access token", params: ["clientId": "nobody"], action: .setup)
        }
    }

    @Test func teardownResets() throws {
        let fixture = try LoketFixture()
        _ = try fixture.emulator.applyProviderState(name: "refresh token rotation is on", params: [:], action: .setup)
        _ = try fixture.emulator.applyProviderState(name: "refresh token rotation is on", params: [:], action: .teardown)
        #expect(!fixture.emulator.configuration.rotatesRefreshTokens)
    }
}
