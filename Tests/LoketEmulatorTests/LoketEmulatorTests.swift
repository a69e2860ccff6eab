import EmulatorCore
import Foundation
import LoketEmulator
import MicroHTTP
import Testing
import UnderstudyCore

@Suite struct LoketEmulatorTests {
    @Test func identifiesItself() throws {
        let fixture = try LoketFixture()
        #expect(fixture.emulator.vendor == "loket")
        #expect(fixture.emulator.defaultPort == 8101)
    }

    @Test func apiRoutesNeedAValidBearerToken() throws {
        let fixture = try LoketFixture()
        for token in [nil, "forged"] {
            let response = fixture.get("/v2/providers/employers", token: token)
            #expect(response.status == 401)
            #expect(response.json == ["message": "Authorization has been denied for this request."])
            #expect(response.headers["WWW-Authenticate"] == "Bearer")
        }
        #expect(fixture.emulator.stats.unauthorized == 2)
        #expect(fixture.emulator.stats.apiRequests == 2)
    }

    @Test func unknownRoutesAreEmpty404sBeforeAuthorisation() throws {
        let fixture = try LoketFixture()
        for path in ["/v2/providers/employers/\(Seeded.employerID)/payslips", "/v1/providers/employers", "/"] {
            let response = fixture.get(path, token: nil)
            #expect(response.status == 404)
            #expect(response.body.isEmpty)
        }
        #expect(fixture.emulator.stats.apiRequests == 0)
    }

    @Test func otherMethodsOnKnownRoutesAre405() throws {
        let fixture = try LoketFixture()
        let response = fixture.get("/v2/providers/employers", token: try fixture.token(), method: "POST")
        #expect(response.status == 405)
        #expect(response.headers["Allow"] == "GET")
        #expect(response.json["message"] == "The requested resource does not support http method 'POST'.")
        #expect(fixture.get("/token", token: nil).headers["Allow"] == "POST")
    }

    @Test func pathsIgnoreCaseAndIdsAnyCase() throws {
        let fixture = try LoketFixture()
        let response = fixture.get("/V2/Providers/Employers/\(Seeded.employerID.uppercased())/Employees", token: try fixture.token())
        #expect(response.status == 200)
        #expect(response.json["totalSize"] == 14)
    }

    @Test func resetForgetsTokensAndCounters() throws {
        let fixture = try LoketFixture()
        let token = try fixture.token()
        fixture.emulator.setRefreshTokenRotation(true)
        fixture.emulator.reset()
        #expect(fixture.get("/v2/providers/employers", token: token).status == 401)
        #expect(fixture.emulator.configuration.rotatesRefreshTokens == false)
        #expect(fixture.emulator.stats.tokenRequests == 0)
        #expect(fixture.emulator.stats.apiRequests == 1)
    }

    @Test func expiringTokensCutsEveryIssuedTokenShort() throws {
        let fixture = try LoketFixture()
        let first = try fixture.token()
        let second = try fixture.token()
        #expect(fixture.emulator.expireAccessTokens() == 2)
        #expect(fixture.get("/v2/providers/employers", token: first).status == 401)
        #expect(fixture.get("/v2/providers/employers", token: second).status == 401)
        #expect(fixture.emulator.stats.expiredTokens == 2)
        #expect(fixture.get("/v2/providers/employers", token: try fixture.token()).status == 200)
    }

    @Test func stubsDirectoryInitialiserAddsTheGeneratedEmployer() throws {
        let emulator = try LoketEmulator(
            stubsDirectory: stubsDirectory, configuration: LoketConfiguration(generatedEmployees: 30), clock: ManualClock())
        let fixture = LoketFixture(emulator: emulator)
        let employers = fixture.get("/v2/providers/employers", token: try fixture.token()).json.embedded
        #expect(employers.map { $0["companyName"] } == ["Understudy Demo B.V.", "Understudy Zorg B.V.", "Understudy Generated B.V."])
        let generatedID = try #require(employers[2]["id"]?.stringValue)
        #expect(fixture.get("/v2/providers/employers/\(generatedID)/employees", token: try fixture.token()).json["totalSize"] == 30)
    }
}
