import Foundation
import MicroHTTP
import Net2Emulator
import Testing
import UnderstudyCore

@Suite struct Net2ControlsTests {
    private func control(_ fixture: Net2Fixture, _ method: String, _ path: String, body: String = "") -> HTTPResponse? {
        fixture.emulator.control(HTTPRequest(method: method, target: "/__admin/net2/\(path)", body: Data(body.utf8)), path: path)
    }

    @Test func mfaSwitchesAtRuntime() throws {
        let fixture = try Net2Fixture()
        #expect(control(fixture, "GET", "mfa")?.json == ["mode": "off", "challengeStatus": 200, "wrongCodes": 0])
        let put = control(fixture, "PUT", "mfa", body: #"{"mode": "code:424242", "challengeStatus": 400}"#)
        #expect(put?.status == 200)
        #expect(put?.json == ["mode": "code:424242", "challengeStatus": 400, "wrongCodes": 0])
        let step1 = fixture.postToken(Net2Fixture.passwordGrant())
        #expect(step1.status == 400)
        #expect(step1.json["error"] == "mfa_required")
        #expect(control(fixture, "PUT", "/mfa/", body: "off")?.json["mode"] == "off")
        fixture.clock.advance(by: .seconds(1))
        #expect(fixture.postToken(Net2Fixture.passwordGrant()).json["access_token"] != nil)
        #expect(control(fixture, "PUT", "mfa", body: #""totp:GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ""#)?.json["mode"]
            == "totp:GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
    }

    @Test func badMFASettingsAre400() throws {
        let fixture = try Net2Fixture()
        let bad = control(fixture, "PUT", "mfa", body: #"{"mode": "code:abc"}"#)
        #expect(bad?.status == 400)
        #expect(bad?.json == ["error": "invalid net2 mfa 'code:abc': the code must be digits, for example code:123456"])
        #expect(control(fixture, "PUT", "mfa", body: #"{"mode": "off", "challengeStatus": 99}"#)?.status == 400)
        #expect(control(fixture, "PUT", "mfa", body: #"{"other": 1}"#)?.status == 400)
        #expect(fixture.emulator.configuration.mfa == .off)
    }

    @Test func tokenRateSwitchesAtRuntime() throws {
        let fixture = try Net2Fixture()
        #expect(control(fixture, "GET", "token-rate")?.json == ["limit": 2, "windowSeconds": 1])
        #expect(control(fixture, "PUT", "token-rate", body: #"{"limit": 1, "windowSeconds": 2.5}"#)?.json == ["limit": 1, "windowSeconds": 2.5])
        #expect(fixture.postToken(Net2Fixture.passwordGrant()).status == 200)
        fixture.clock.advance(by: .seconds(2))
        #expect(fixture.postToken(Net2Fixture.passwordGrant()).status == 429)
        #expect(control(fixture, "PUT", "token-rate", body: #""100/1s""#)?.json == ["limit": 100, "windowSeconds": 1])
        #expect(control(fixture, "PUT", "token-rate", body: #"{"limit": 0, "windowSeconds": 1}"#)?.status == 400)
        #expect(control(fixture, "PUT", "token-rate", body: "fast")?.json["error"] == "invalid net2 token-rate 'fast': expected N/SECONDSs, for example 2/1s")
    }

    @Test func statsAndResetThroughControls() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        _ = control(fixture, "PUT", "mfa", body: "code:1")
        _ = fixture.send("DELETE", "/api/v1/users/1012", token: token)
        #expect(control(fixture, "GET", "stats")?.json == [
            "tokenRequests": 1, "tokensIssued": 1, "rateLimited": 0, "mfaChallengesIssued": 0, "wrongMfaCodes": 0,
        ])
        #expect(control(fixture, "POST", "reset")?.json == ["reset": true])
        #expect(fixture.emulator.stats == Net2Stats())
        #expect(fixture.emulator.configuration == Net2Configuration())
        #expect(fixture.emulator.users.contains { $0.id == 1012 })
        #expect(fixture.send("GET", "/api/v1/users", token: token).status == 401, "tokens are forgotten")
    }

    @Test func unknownControlsAreNilAndWrongMethods405() throws {
        let fixture = try Net2Fixture()
        #expect(control(fixture, "GET", "nothing") == nil)
        let wrong = control(fixture, "DELETE", "stats")
        #expect(wrong?.status == 405)
        #expect(wrong?.headers["Allow"] == "GET")
        #expect(control(fixture, "GET", "reset")?.status == 405)
    }
}
