import EmulatorCore
import Foundation
import LoketEmulator
import MicroHTTP
import Testing
import UnderstudyCore

@Suite struct LoketControlsTests {
    private func control(_ fixture: LoketFixture, _ method: String, _ path: String, body: String = "") -> HTTPResponse? {
        fixture.emulator.control(HTTPRequest(method: method, target: "/__admin/loket/\(path)", body: Data(body.utf8)), path: path)
    }

    @Test func rotationReadsAndSwitches() throws {
        let fixture = try LoketFixture()
        #expect(control(fixture, "GET", "rotation")?.json == ["rotation": "off"])
        for (body, expected) in [(#"{"rotation": "on"}"#, "on"), ("off", "off"), ("true", "on"), (#""OFF""#, "off")] {
            #expect(control(fixture, "PUT", "rotation", body: body)?.json == ["rotation": .string(expected)], "\(body)")
        }
        _ = control(fixture, "PUT", "rotation", body: "on")
        #expect(fixture.emulator.configuration.rotatesRefreshTokens)
        let bad = control(fixture, "PUT", "rotation", body: "sometimes")
        #expect(bad?.status == 400)
        #expect(bad?.json["error"]?.stringValue?.contains("rotation") == true)
    }

    @Test func statsCountTokenAndAPIRequests() throws {
        let fixture = try LoketFixture()
        let token = try fixture.token()
        fixture.get("/v2/providers/employers", token: token)
        fixture.get("/v2/providers/employers", token: nil)
        #expect(control(fixture, "GET", "stats")?.json == [
            "tokenRequests": 1, "tokensIssued": 1, "authorizationCodesIssued": 0, "apiRequests": 2, "unauthorized": 1,
            "expiredTokens": 0, "forbidden": 0,
        ])
    }

    @Test func resetReturnsToTheSeed() throws {
        let fixture = try LoketFixture()
        _ = try fixture.token()
        #expect(control(fixture, "POST", "reset")?.json == ["reset": true])
        #expect(fixture.emulator.stats.tokenRequests == 0)
    }

    @Test func expireTokensNow() throws {
        let fixture = try LoketFixture()
        let token = try fixture.token()
        #expect(control(fixture, "PUT", "expire-tokens")?.json == ["expiredAccessTokens": 1])
        #expect(fixture.get("/v2/providers/employers", token: token).status == 401)
        #expect(control(fixture, "PUT", "expire-tokens", body: "{}")?.json == ["expiredAccessTokens": 0])
    }

    @Test func expireTokensAfterSomeRequests() throws {
        let fixture = try LoketFixture()
        let token = try fixture.token()
        #expect(control(fixture, "PUT", "expire-tokens", body: #"{"afterRequests": 2}"#)?.json == ["expiresAfterRequests": 2])
        #expect(fixture.get("/v2/providers/employers", token: token).status == 200)
        #expect(fixture.get("/v2/providers/employers", token: token).status == 200)
        #expect(fixture.get("/v2/providers/employers", token: token).status == 401)
        #expect(fixture.get("/v2/providers/employers", token: try fixture.token()).status == 200, "new tokens are not affected")
        #expect(control(fixture, "PUT", "expire-tokens", body: #"{"afterRequests": 0}"#)?.status == 400)
        #expect(control(fixture, "PUT", "expire-tokens", body: "[1]")?.status == 400)
    }

    @Test func wrongMethodsAre405AndUnknownControlsNil() throws {
        let fixture = try LoketFixture()
        #expect(control(fixture, "DELETE", "rotation")?.headers["Allow"] == "GET, PUT")
        #expect(control(fixture, "GET", "expire-tokens")?.status == 405)
        #expect(control(fixture, "GET", "reset")?.status == 405)
        #expect(control(fixture, "POST", "stats")?.status == 405)
        #expect(control(fixture, "GET", "mfa") == nil)
    }
}
