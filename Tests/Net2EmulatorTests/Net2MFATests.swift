import Foundation
import MicroHTTP
import Net2Emulator
import Testing
import UnderstudyCore

@Suite struct Net2MFATests {
    /// Steps 1 to 4 of net2.md §2.3, with the connector's 500 ms spacing on the token route.
    private func signIn(_ fixture: Net2Fixture, code: JSONValue) throws -> (challenge: HTTPResponse, token: HTTPResponse) {
        let step1 = fixture.postToken(Net2Fixture.passwordGrant())
        #expect(step1.status == 200)
        #expect(step1.json["error"] == "mfa_required")
        #expect(step1.json["access_token"] == nil)
        let challengeToken = try #require(step1.json["challengeToken"]?.stringValue)
        #expect(fixture.send("POST", "/api/v1/authorization/mfa-request", json: ["challengeToken": .string(challengeToken), "challengeType": "otp"]).json
            == ["success": true])
        let step3 = fixture.send("POST", "/api/v1/authorization/mfa-challenge", json: ["challengeToken": .string(challengeToken), "code": code])
        fixture.clock.advance(by: .milliseconds(500))
        let step4 = fixture.postToken([("challengeToken", challengeToken), ("grant_type", "mfa_2fa"), ("client_id", Seeded.clientID)])
        return (step3, step4)
    }

    @Test func offByDefault() throws {
        let fixture = try Net2Fixture()
        #expect(fixture.postToken(Net2Fixture.passwordGrant()).json["access_token"] != nil)
    }

    @Test func fixedCodeFlowEndsWithAToken() throws {
        let fixture = try Net2Fixture(configuration: Net2Configuration(mfa: .code("123456")))
        let (challenge, token) = try signIn(fixture, code: "123456")
        #expect(challenge.status == 200)
        #expect(token.status == 200)
        let accessToken = try #require(token.json["access_token"]?.stringValue)
        #expect(fixture.send("GET", "/api/v1/users/1012", token: accessToken).status == 200)
        #expect(fixture.emulator.stats.mfaChallengesIssued == 1)
    }

    @Test func codeSentAsANumberKeepsItsLeadingZeros() throws {
        let fixture = try Net2Fixture(configuration: Net2Configuration(mfa: .code("012345")))
        let (challenge, token) = try signIn(fixture, code: 12345)
        #expect(challenge.status == 200)
        #expect(token.status == 200)
    }

    @Test func totpFlowAcceptsTheCurrentCodeAndOneStepOfDrift() throws {
        let secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
        let fixture = try Net2Fixture(configuration: try Net2Configuration(mfa: "totp:\(secret)", tokenRate: nil))
        let totp = try TOTP(base32Secret: secret)
        let (current, currentToken) = try signIn(fixture, code: .string(totp.code(at: fixture.clock.now)))
        #expect(current.status == 200 && currentToken.status == 200)
        fixture.clock.advance(by: .seconds(5))
        let (drifted, _) = try signIn(fixture, code: .string(totp.code(at: fixture.clock.now.addingTimeInterval(-30))))
        #expect(drifted.status == 200)
        fixture.clock.advance(by: .seconds(5))
        let (stale, staleToken) = try signIn(fixture, code: .string(totp.code(at: fixture.clock.now.addingTimeInterval(-90))))
        #expect(stale.status == 400)
        #expect(staleToken.json == ["error": "invalid_grant", "error_description": "The MFA challenge has not been completed."])
    }

    @Test func wrongCodesAreRefusedAndCounted() throws {
        let fixture = try Net2Fixture(configuration: Net2Configuration(mfa: .code("123456")))
        let (wrong, token) = try signIn(fixture, code: "654321")
        #expect(wrong.status == 400)
        #expect(wrong.json == ["Message": "The verification code is incorrect."])
        #expect(token.status == 400)
        #expect(fixture.emulator.stats.wrongMFACodes == 1)
        #expect(fixture.emulator.control(HTTPRequest(method: "GET", target: "/__admin/net2/mfa"), path: "mfa")?.json["wrongCodes"] == 1)
    }

    @Test func challengeTokensAreSingleUse() throws {
        let fixture = try Net2Fixture(configuration: Net2Configuration(mfa: .code("123456")))
        let challengeToken = try #require(fixture.postToken(Net2Fixture.passwordGrant()).json["challengeToken"]?.stringValue)
        #expect(fixture.send("POST", "/api/v1/authorization/mfa-challenge", json: ["challengeToken": .string(challengeToken), "code": "123456"]).status == 200)
        fixture.clock.advance(by: .seconds(1))
        let grant = [("challengeToken", challengeToken), ("grant_type", "mfa_2fa"), ("client_id", Seeded.clientID)]
        #expect(fixture.postToken(grant).status == 200)
        fixture.clock.advance(by: .seconds(1))
        let reused = fixture.postToken(grant)
        #expect(reused.status == 400)
        #expect(reused.json["error_description"] == "The challenge token is invalid, used or expired.")
        let again = fixture.send("POST", "/api/v1/authorization/mfa-challenge", json: ["challengeToken": .string(challengeToken), "code": "123456"])
        #expect(again.status == 400)
    }

    @Test func challengeTokensExpire() throws {
        let fixture = try Net2Fixture(configuration: Net2Configuration(mfa: .code("123456"), mfaChallengeLifetime: .seconds(60)))
        let challengeToken = try #require(fixture.postToken(Net2Fixture.passwordGrant()).json["challengeToken"]?.stringValue)
        fixture.clock.advance(by: .seconds(60))
        let late = fixture.send("POST", "/api/v1/authorization/mfa-challenge", json: ["challengeToken": .string(challengeToken), "code": "123456"])
        #expect(late.status == 400)
        #expect(late.json == ["Message": "The challenge token is invalid, used or expired."])
        #expect(fixture.emulator.stats.wrongMFACodes == 0)
    }

    @Test func challengeStatusIsConfigurable() throws {
        let fixture = try Net2Fixture(configuration: Net2Configuration(mfa: .code("1"), mfaChallengeStatus: 401))
        let step1 = fixture.postToken(Net2Fixture.passwordGrant())
        #expect(step1.status == 401)
        #expect(step1.json["error"] == "mfa_required")
    }

    @Test func wrongPasswordGetsNoChallenge() throws {
        let fixture = try Net2Fixture(configuration: Net2Configuration(mfa: .code("123456")))
        #expect(fixture.postToken(Net2Fixture.passwordGrant(password: "x")).json["error"] == "invalid_grant")
        #expect(fixture.emulator.stats.mfaChallengesIssued == 0)
    }

    @Test func badStepBodiesAreRefused() throws {
        let fixture = try Net2Fixture(configuration: Net2Configuration(mfa: .code("123456")))
        let challengeToken = try #require(fixture.postToken(Net2Fixture.passwordGrant()).json["challengeToken"]?.stringValue)
        #expect(fixture.send("POST", "/api/v1/authorization/mfa-request", json: ["challengeToken": .string(challengeToken)]).json["ModelState"]
            == ["request.challengeType": ["The challengeType field is required (email or otp)."]])
        #expect(fixture.send("POST", "/api/v1/authorization/mfa-request", json: ["challengeToken": "nope", "challengeType": "email"]).status == 400)
        #expect(fixture.send("POST", "/api/v1/authorization/mfa-challenge", json: ["challengeToken": .string(challengeToken)]).status == 400)
        let notJSON = fixture.emulator.respond(to: HTTPRequest(method: "POST", target: "/api/v1/authorization/mfa-challenge", body: Data("code=1".utf8)))
        #expect(notJSON.status == 400)
        #expect(notJSON.json["Message"] == "The request is invalid.")
        #expect(fixture.emulator.stats.wrongMFACodes == 0)
    }

    @Test func stepOneAndFourBothCountAgainstTheRateLimit() throws {
        let fixture = try Net2Fixture(configuration: Net2Configuration(mfa: .code("123456")))
        let challengeToken = try #require(fixture.postToken(Net2Fixture.passwordGrant()).json["challengeToken"]?.stringValue)
        _ = fixture.send("POST", "/api/v1/authorization/mfa-challenge", json: ["challengeToken": .string(challengeToken), "code": "123456"])
        _ = fixture.postToken(Net2Fixture.passwordGrant())
        let step4 = fixture.postToken([("challengeToken", challengeToken), ("grant_type", "mfa_2fa"), ("client_id", Seeded.clientID)])
        #expect(step4.status == 429)
    }
}
