import ConnectorRuntime
import Foundation
import Testing
import UnderstudyCore

@testable import Net2Connector

@Suite struct Net2AuthenticatorTests {
    private static let secret = "JBSWY3DPEHPK3PXP"

    @Test func completesMFAUnattendedWithATOTPSecret() async throws {
        let server = try Net2TestServer(mfa: "totp:\(Self.secret)")
        defer { server.stop() }
        let output = try await server.connector().retrievePermissions(server.action(configuration: ["MfaTotpSecret": .string(Self.secret)]))
        #expect(output.success, "\(output.messages)")
        #expect(server.stats.mfaChallengesIssued == 1)
        #expect(server.stats.wrongMFACodes == 0)
        let paths = server.requests.map(\.path)
        #expect(
            paths == [
                "/api/v1/authorization/tokens", "/api/v1/authorization/mfa-request", "/api/v1/authorization/mfa-challenge",
                "/api/v1/authorization/tokens", "/api/v1/accesslevels",
            ])
        let request = try JSONValue(parsing: server.requests[1].body)
        #expect(request["challengeType"] == "otp")
        #expect(server.requests[3].formParameters.first { $0.name == "grant_type" }?.value == "mfa_2fa")
    }

    @Test func sendsTheFixedCodeOfTheOriginal() async throws {
        let server = try Net2TestServer(mfa: "code:482913")
        defer { server.stop() }
        let output = try await server.connector().retrievePermissions(
            server.action(configuration: ["MfaCode": "482913", "MfaType": "email"]))
        #expect(output.success, "\(output.messages)")
        #expect(try JSONValue(parsing: server.requests[1].body)["challengeType"] == "email")
    }

    @Test func readsAChallengeSentWithAnErrorStatus() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        server.admin("PUT", "/__admin/net2/mfa", body: #"{"mode": "totp:\#(Self.secret)", "challengeStatus": 401}"#)
        let output = try await server.connector().retrievePermissions(server.action(configuration: ["MfaTotpSecret": .string(Self.secret)]))
        #expect(output.success, "\(output.messages)")
    }

    @Test func namesTheMissingSecondFactor() async throws {
        let server = try Net2TestServer(mfa: "code:482913")
        defer { server.stop() }
        let output = try await server.connector().retrievePermissions(server.action())
        #expect(!output.success)
        #expect(output.messages.first?.contains("MfaTotpSecret") == true)
    }

    @Test func reportsAWrongCode() async throws {
        let server = try Net2TestServer(mfa: "code:482913")
        defer { server.stop() }
        let output = try await server.connector().retrievePermissions(server.action(configuration: ["MfaCode": "000000"]))
        #expect(output.messages == ["Could not retrieve Paxton-Net2 permissions. Error: The verification code is incorrect."])
        #expect(server.stats.wrongMFACodes == 1)
    }

    @Test func keepsThePasswordOutOfMessages() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let output = try await server.connector().retrievePermissions(server.action(configuration: ["ClientId": "unknown-client"]))
        #expect(
            output.messages == ["Could not retrieve Paxton-Net2 permissions. Error: invalid_client: The client id is missing or unknown."])
        #expect(!output.messages.joined().contains(Net2TestServer.password))
    }
}
