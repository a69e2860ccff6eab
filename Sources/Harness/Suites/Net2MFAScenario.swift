import ConnectorRuntime
import Net2Connector
import UnderstudyCore

/// Net2 v7 MFA switched on with a TOTP secret: the connector signs in unattended (password,
/// mfa-request, mfa-challenge with the code of the moment, `mfa_2fa` grant), once for the run.
enum Net2MFAScenario {
    /// The operator's authenticator secret.
    static let secret = "JBSWY3DPEHPK3PXPJBSWY3DP"

    static func run(_ context: ScenarioContext) async throws {
        let switched = context.admin("PUT", "/__admin/net2/mfa", body: .string("totp:\(secret)"))
        try context.expect(switched.status == 200, "MFA could not be switched on: \(switched.bodyText)")
        try await Net2SuiteFixture.run(context) { fixture in
            let connector = fixture.connector()
            let configuration: [String: JSONValue] = ["MfaType": "otp", "MfaTotpSecret": .string(secret)]
            let created = try await connector.create(fixture.action(configuration: configuration), person: Net2SuitePeople.eva)
            try fixture.expectSuccess(created, "create with MFA")
            let permissions = try await connector.retrievePermissions(fixture.action(configuration: configuration))
            try fixture.expectSuccess(permissions, "permissions with MFA")
            if let reference = fixture.reference(created) {
                try fixture.expectSuccess(
                    try await connector.delete(
                        fixture.action(account: reference, configuration: configuration), person: Net2SuitePeople.eva),
                    "delete with MFA")
            }
            try context.expect(
                fixture.stat("mfaChallengesIssued") == 1, "expected one MFA sign-in, saw \(fixture.stat("mfaChallengesIssued"))")
            try context.expect(fixture.stat("wrongMfaCodes") == 0, "the emulator refused \(fixture.stat("wrongMfaCodes")) TOTP codes")
        }
    }
}
