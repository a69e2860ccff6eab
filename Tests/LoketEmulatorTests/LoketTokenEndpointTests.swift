import EmulatorCore
import Foundation
import LoketEmulator
import MicroHTTP
import Testing
import UnderstudyCore

@Suite struct LoketTokenEndpointTests {
    @Test func connectorsTextPlainRefreshGrantGetsAToken() throws {
        let fixture = try LoketFixture()
        let response = fixture.postToken(LoketFixture.refreshBody())
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "application/json;charset=UTF-8")
        #expect(response.headers["Cache-Control"] == "no-store")
        let body = response.json
        #expect(body.keys == ["access_token", "token_type", "expires_in", "refresh_token"])
        #expect(body["access_token"]?.stringValue?.hasPrefix("eyJ") == true)
        #expect(body["token_type"] == "bearer")
        #expect(body["expires_in"] == 3599)
        #expect(body["refresh_token"] == .string(Seeded.refreshToken), "without rotation the configured token comes back")
        #expect(fixture.get("/v2/providers/employers", token: body["access_token"]?.stringValue).status == 200)
        #expect(fixture.emulator.stats.tokenRequests == 1)
        #expect(fixture.emulator.stats.tokensIssued == 1)
    }

    @Test func formEncodedBodyAndMissingSecretWorkToo() throws {
        let fixture = try LoketFixture()
        let form = FormEncoding.encode([
            (name: "grant_type", value: "refresh_token"), (name: "client_id", value: Seeded.clientID),
            (name: "refresh_token", value: Seeded.refreshToken),
        ])
        #expect(fixture.postToken(form, contentType: "application/x-www-form-urlencoded; charset=utf-8").status == 200)
        #expect(fixture.postToken(form, contentType: nil).status == 200)
        #expect(fixture.postToken(LoketFixture.refreshBody() + "\r\n").status == 200)
    }

    @Test func refreshTokenIsReusableAcrossRunsWithoutRotation() throws {
        let fixture = try LoketFixture()
        for _ in 0..<3 { #expect(fixture.postToken(LoketFixture.refreshBody()).status == 200) }
    }

    @Test(arguments: [
        (LoketFixture.refreshBody(secret: "guess"), 401, "invalid_client"),
        (LoketFixture.refreshBody(clientID: "someone-else"), 401, "invalid_client"),
        (LoketFixture.refreshBody(clientID: Seeded.confidentialClientID, refreshToken: Seeded.confidentialRefreshToken), 401, "invalid_client"),
        (LoketFixture.refreshBody(refreshToken: "not-a-token"), 400, "invalid_grant"),
        (LoketFixture.refreshBody(refreshToken: Seeded.confidentialRefreshToken), 400, "invalid_grant"),
        (LoketFixture.refreshBody(refreshToken: ""), 400, "invalid_request"),
        ("client_id=understudy-demo&refresh_token=loket-demo-refresh-token", 400, "invalid_request"),
        ("grant_type=password&client_id=understudy-demo&username=a&password=b", 400, "unsupported_grant_type"),
    ])
    func refusalsUseOAuthErrorBodies(body: String, status: Int, error: String) throws {
        let fixture = try LoketFixture()
        let response = fixture.postToken(body)
        #expect(response.status == status)
        #expect(response.json["error"] == .string(error))
        #expect(response.json["error_description"]?.stringValue?.isEmpty == false)
    }

    @Test func confidentialClientNeedsItsSecret() throws {
        let fixture = try LoketFixture()
        let body = LoketFixture.refreshBody(
            clientID: Seeded.confidentialClientID, secret: Seeded.confidentialSecret, refreshToken: Seeded.confidentialRefreshToken)
        #expect(fixture.postToken(body).status == 200)
    }

    @Test func otherContentTypesAreRefused() throws {
        let fixture = try LoketFixture()
        let response = fixture.postToken(#"{"grant_type": "refresh_token"}"#, contentType: "application/json")
        #expect(response.status == 400)
        #expect(response.json["error"] == "invalid_request")
        #expect(fixture.emulator.stats.tokenRequests == 1)
        #expect(fixture.emulator.stats.tokensIssued == 0)
    }

    @Test func rotationConsumesTheUsedRefreshTokenAndHandsOutANewOne() throws {
        let fixture = try LoketFixture(configuration: LoketConfiguration(rotatesRefreshTokens: true))
        let first = fixture.postToken(LoketFixture.refreshBody())
        #expect(first.status == 200)
        let next = try #require(first.json["refresh_token"]?.stringValue)
        #expect(next != Seeded.refreshToken)
        #expect(next.count == 32 && next.allSatisfy(\.isHexDigit))
        let reused = fixture.postToken(LoketFixture.refreshBody())
        #expect(reused.status == 400)
        #expect(reused.json["error"] == "invalid_grant")
        let rotated = fixture.postToken(LoketFixture.refreshBody(refreshToken: next))
        #expect(rotated.status == 200)
        #expect(rotated.json["refresh_token"]?.stringValue != next)
    }

    @Test func rotationSwitchedAtRuntimeKeepsIssuedTokensValid() throws {
        let fixture = try LoketFixture()
        let token = try fixture.token()
        fixture.emulator.setRefreshTokenRotation(true)
        #expect(fixture.get("/v2/providers/employers", token: token).status == 200)
        let rotated = fixture.postToken(LoketFixture.refreshBody())
        #expect(rotated.json["refresh_token"]?.stringValue != Seeded.refreshToken)
        #expect(fixture.postToken(LoketFixture.refreshBody()).json["error"] == "invalid_grant")
        fixture.emulator.setRefreshTokenRotation(false)
        let kept = try #require(rotated.json["refresh_token"]?.stringValue)
        #expect(fixture.postToken(LoketFixture.refreshBody(refreshToken: kept)).json["refresh_token"] == .string(kept))
    }

    @Test func accessTokenExpiresAfter3599Seconds() throws {
        let fixture = try LoketFixture()
        let token = try fixture.token()
        fixture.clock.advance(by: .seconds(3598))
        #expect(fixture.get("/v2/providers/employers", token: token).status == 200)
        fixture.clock.advance(by: .seconds(1))
        let expired = fixture.get("/v2/providers/employers", token: token)
        #expect(expired.status == 401)
        #expect(fixture.emulator.stats.expiredTokens == 1)
    }
}
