import EmulatorCore
import Net2Emulator
import Testing
import UnderstudyCore

@Suite struct Net2ProviderStatesTests {
    @Test func operatorStateReturnsCredentials() throws {
        let fixture = try Net2Fixture()
        let values = try fixture.emulator.applyProviderState(name: "an operator System engineer exists", params: [:], action: .setup)
        #expect(values == ["username": "System engineer", "password": "Net2Demo!", "clientId": .string(Seeded.clientID)])
        let added = try fixture.emulator.applyProviderState(name: "an operator Night guard exists", params: ["password": "pw"], action: .setup)
        #expect(added["password"] == "pw")
        #expect(fixture.postToken(Net2Fixture.passwordGrant(username: "Night guard", password: "pw")).status == 200)
        #expect(throws: ProviderStateError.missingParameter(state: "an operator Ghost exists", parameter: "password")) {
            try fixture.emulator.applyProviderState(name: "an operator Ghost exists", params: [:], action: .setup)
        }
    }

    @Test func validAccessTokenStateGivesAUsableToken() throws {
        let fixture = try Net2Fixture()
        let values = try fixture.emulator.applyProviderState(name: "a valid access token", params: [:], action: .setup)
        let token = try #require(values["accessToken"]?.stringValue)
        #expect(values["authorization"] == .string("Bearer \(token)"))
        #expect(fixture.send("GET", "/api/v1/accesslevels", token: token).status == 200)
        #expect(fixture.emulator.stats.tokenRequests == 0, "outside the rate limit")
    }

    @Test func userStatesCreateChangeAndRemoveUsers() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        let values = try fixture.emulator.applyProviderState(
            name: "user 2001 exists", params: ["firstName": "Eva", "personnelNumber": "300001", "departmentId": 3, "accessLevels": [3]],
            action: .setup)
        #expect(values == ["id": 2001])
        let user = fixture.send("GET", "/api/v1/users/2001", token: token).json
        #expect(user["firstName"] == "Eva")
        #expect(user["lastName"] == "User2001")
        #expect(user["customFields"] == [["id": 14, "value": "300001"]])
        #expect(fixture.send("GET", "/api/v1/users/2001/departments", token: token).json == [["id": 3, "name": "Support"]])
        _ = try fixture.emulator.applyProviderState(name: "user 2001 has access level 5", params: [:], action: .setup)
        #expect(fixture.send("GET", "/api/v1/users/2001/doorpermissionset", token: token).json["accessLevels"] == [3, 5])
        _ = try fixture.emulator.applyProviderState(name: "user 2001 does not exist", params: [:], action: .setup)
        #expect(fixture.send("GET", "/api/v1/users/2001", token: token).status == 404)
    }

    @Test func personnelNumberStates() throws {
        let fixture = try Net2Fixture()
        let existing = try fixture.emulator.applyProviderState(name: "a user with personnel number 100234 exists", params: [:], action: .setup)
        #expect(existing == ["id": 1012, "personnelNumber": "100234"])
        let created = try fixture.emulator.applyProviderState(name: "a user with personnel number 777 exists", params: [:], action: .setup)
        #expect(created["id"] == 1017)
        _ = try fixture.emulator.applyProviderState(name: "no user has personnel number 100234", params: [:], action: .setup)
        #expect(fixture.emulator.users.first { $0.id == 1012 }?.customFields[14] == nil)
    }

    @Test func departmentAndMFAStates() throws {
        let fixture = try Net2Fixture()
        #expect(try fixture.emulator.applyProviderState(name: "department Sales exists", params: [:], action: .setup)
            == ["departmentId": 2, "departmentName": "Sales"])
        #expect(try fixture.emulator.applyProviderState(name: "department Facilities exists", params: [:], action: .setup)["departmentId"] == 8)
        _ = try fixture.emulator.applyProviderState(name: "MFA is required with code 123456", params: [:], action: .setup)
        #expect(fixture.emulator.configuration.mfa == .code("123456"))
        _ = try fixture.emulator.applyProviderState(name: "MFA is off", params: [:], action: .setup)
        #expect(fixture.emulator.configuration.mfa == .off)
    }

    @Test func teardownResetsAndUnknownStatesThrow() throws {
        let fixture = try Net2Fixture()
        _ = try fixture.emulator.applyProviderState(name: "user 1012 does not exist", params: [:], action: .setup)
        #expect(try fixture.emulator.applyProviderState(name: "user 1012 does not exist", params: [:], action: .teardown) == [:])
        #expect(fixture.emulator.users.contains { $0.id == 1012 })
        let error = #expect(throws: ProviderStateError.self) {
            try fixture.emulator.applyProviderState(name: "the door is open", params: [:], action: .setup)
        }
        guard case .unknownState(let vendor, let name, let known)? = error else {
            Issue.record("expected unknownState")
            return
        }
        #expect(vendor == "net2" && name == "the door is open")
        #expect(known.contains("user {id} exists"))
        #expect(throws: ProviderStateError.invalidParameter(state: "user x exists", parameter: "id", reason: "must be an integer, got x")) {
            try fixture.emulator.applyProviderState(name: "user x exists", params: [:], action: .setup)
        }
    }
}
