import EmulatorCore
import Foundation
import MicroHTTP
import Net2Emulator
import Testing
import UnderstudyCore

@Suite struct Net2TokenEndpointTests {
    @Test func passwordGrantAnswersWithNet2TokenFields() throws {
        let fixture = try Net2Fixture()
        let response = fixture.postToken(Net2Fixture.passwordGrant())
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
        let body = response.json
        #expect(body["access_token"]?.stringValue?.hasPrefix("eyJ") == true)
        #expect(body["token_type"] == "bearer")
        #expect(body["expires_in"] == 1800)
        #expect(body["refresh_token"] == nil, "only with scope=offline_access")
        #expect(body["expiry_datetime"] == "2026-01-01T00:30:00.0000000Z")
        #expect(fixture.emulator.stats.tokensIssued == 1)
    }

    @Test func operatorNameIsCaseInsensitiveButPasswordIsNot() throws {
        let fixture = try Net2Fixture()
        #expect(fixture.postToken(Net2Fixture.passwordGrant(username: "system ENGINEER")).status == 200)
        fixture.clock.advance(by: .seconds(1))
        let wrong = fixture.postToken(Net2Fixture.passwordGrant(password: "net2demo!"))
        #expect(wrong.status == 400)
        #expect(wrong.json == ["error": "invalid_grant", "error_description": "The user name or password is incorrect."])
        fixture.clock.advance(by: .seconds(1))
        #expect(fixture.postToken(Net2Fixture.passwordGrant(username: "Nobody")).json["error"] == "invalid_grant")
    }

    @Test func clientIDAndGrantTypeAreChecked() throws {
        let fixture = try Net2Fixture()
        let unknownClient = fixture.postToken([
            ("username", Seeded.username), ("password", Seeded.password), ("grant_type", "password"), ("client_id", "nope"),
        ])
        #expect(unknownClient.status == 400)
        #expect(unknownClient.json["error"] == "invalid_client")
        fixture.clock.advance(by: .seconds(1))
        #expect(fixture.postToken([("grant_type", "client_credentials"), ("client_id", Seeded.clientID.uppercased())]).json
            == ["error": "unsupported_grant_type"])
        fixture.clock.advance(by: .seconds(1))
        #expect(fixture.postToken([("client_id", Seeded.clientID)]).json["error"] == "invalid_request")
    }

    @Test func offlineAccessAddsARefreshTokenThatRotates() throws {
        let fixture = try Net2Fixture()
        let first = fixture.postToken(Net2Fixture.passwordGrant() + [("scope", "offline_access")]).json
        let refreshToken = try #require(first["refresh_token"]?.stringValue)
        #expect(refreshToken.count == 32 && refreshToken.allSatisfy(\.isHexDigit))
        fixture.clock.advance(by: .seconds(60))
        let refreshed = fixture.postToken([
            ("refresh_token", refreshToken), ("grant_type", "refresh_token"), ("client_id", Seeded.clientID), ("scope", "offline_access"),
        ])
        #expect(refreshed.status == 200)
        let next = try #require(refreshed.json["refresh_token"]?.stringValue)
        #expect(next != refreshToken)
        #expect(fixture.send("GET", "/api/v1/users", token: refreshed.json["access_token"]?.stringValue).status == 200)
        fixture.clock.advance(by: .seconds(1))
        let reused = fixture.postToken([("refresh_token", refreshToken), ("grant_type", "refresh_token"), ("client_id", Seeded.clientID)])
        #expect(reused.status == 400)
        #expect(reused.json["error"] == "invalid_grant")
    }

    @Test func refreshWithoutOfflineAccessGivesNoNewRefreshToken() throws {
        let fixture = try Net2Fixture()
        let refreshToken = try #require(fixture.postToken(Net2Fixture.passwordGrant() + [("scope", "offline_access")]).json["refresh_token"]?.stringValue)
        fixture.clock.advance(by: .seconds(1))
        let refreshed = fixture.postToken([("refresh_token", refreshToken), ("grant_type", "refresh_token"), ("client_id", Seeded.clientID)])
        #expect(refreshed.status == 200)
        #expect(refreshed.json["refresh_token"] == nil)
    }

    @Test func refreshTokenExpiresAfterTwoHours() throws {
        let fixture = try Net2Fixture()
        let refreshToken = try #require(fixture.postToken(Net2Fixture.passwordGrant() + [("scope", "offline_access")]).json["refresh_token"]?.stringValue)
        fixture.clock.advance(by: .seconds(7200))
        let response = fixture.postToken([("refresh_token", refreshToken), ("grant_type", "refresh_token"), ("client_id", Seeded.clientID)])
        #expect(response.json == ["error": "invalid_grant", "error_description": "The refresh token is invalid or has expired."])
    }

    @Test func accessTokenExpiresAfterThirtyMinutes() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        fixture.clock.advance(by: .seconds(1799))
        #expect(fixture.send("GET", "/api/v1/accesslevels", token: token).status == 200)
        fixture.clock.advance(by: .seconds(1))
        let expired = fixture.send("GET", "/api/v1/accesslevels", token: token)
        #expect(expired.status == 401)
        #expect(expired.json == ["Message": "Authorization has been denied for this request."])
    }

    @Test func thirdTokenRequestWithinASecondIsRefused() throws {
        let fixture = try Net2Fixture()
        #expect(fixture.postToken(Net2Fixture.passwordGrant()).status == 200)
        fixture.clock.advance(by: .milliseconds(100))
        #expect(fixture.postToken(Net2Fixture.passwordGrant(password: "wrong")).status == 400, "failed requests count too")
        fixture.clock.advance(by: .milliseconds(100))
        let refused = fixture.postToken(Net2Fixture.passwordGrant())
        #expect(refused.status == 429)
        #expect(refused.headers["Retry-After"] == "1")
        #expect(refused.json["Message"]?.stringValue?.hasPrefix("Too many requests.") == true)
        fixture.clock.advance(by: .milliseconds(800))
        #expect(fixture.postToken(Net2Fixture.passwordGrant()).status == 200)
        let stats = fixture.emulator.stats
        #expect(stats.tokenRequests == 4)
        #expect(stats.rateLimited == 1)
        #expect(stats.tokensIssued == 2)
    }

    @Test func onlyTheTokenRouteIsLimited() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        let statuses = (0..<10).map { _ in fixture.send("GET", "/api/v1/users", token: token).status }
        #expect(statuses.allSatisfy { $0 == 200 })
    }

    @Test func limitAndWindowAreConfigurable() throws {
        let fixture = try Net2Fixture(configuration: try Net2Configuration(mfa: nil, tokenRate: "1/10s"))
        #expect(fixture.postToken(Net2Fixture.passwordGrant()).status == 200)
        fixture.clock.advance(by: .seconds(4))
        let refused = fixture.postToken(Net2Fixture.passwordGrant())
        #expect(refused.status == 429)
        #expect(refused.headers["Retry-After"] == "6")
    }
}
