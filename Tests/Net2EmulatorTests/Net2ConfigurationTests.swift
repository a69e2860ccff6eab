import EmulatorCore
import Foundation
import Net2Emulator
import Testing
import UnderstudyCore

@Suite struct Net2ConfigurationTests {
    @Test func defaultsAreNet2s() {
        let configuration = Net2Configuration()
        #expect(configuration.mfa == .off)
        #expect(configuration.mfaChallengeStatus == 200)
        #expect(configuration.tokenRate.description == "2/1s")
        #expect(configuration.accessTokenLifetime == .seconds(1800))
        #expect(configuration.refreshTokenLifetime == .seconds(7200))
    }

    @Test func parsesCommandLineStrings() throws {
        let configuration = try Net2Configuration(mfa: "code:123456", tokenRate: "5/2s")
        #expect(configuration.mfa == .code("123456"))
        #expect(configuration.tokenRate == (try RateLimitPolicy(limit: 5, window: .seconds(2))))
        let totp = try Net2MFAMode(parsing: "totp:gezd gnbv gy3t qojq")
        #expect(totp.description == "totp:GEZDGNBVGY3TQOJQ")
        #expect(try Net2MFAMode(parsing: " OFF ") == .off)
        #expect(try Net2Configuration(mfa: nil, tokenRate: nil) == Net2Configuration())
    }

    @Test(arguments: [
        ("sms", "invalid net2 mfa 'sms': expected off, code:NNNNNN or totp:BASE32SECRET"),
        ("code:12ab", "invalid net2 mfa 'code:12ab': the code must be digits, for example code:123456"),
        ("code:", "invalid net2 mfa 'code:': the code must be digits, for example code:123456"),
        ("totp:ABC1", "invalid net2 mfa 'totp:ABC1': the secret is not Base32: invalid Base32 at character 4: '1' is not a Base32 character"),
        ("totp:ABCD", "invalid net2 mfa 'totp:ABCD': the secret must be at least 80 bits (16 Base32 characters)"),
        ("push:x", "invalid net2 mfa 'push:x': unknown MFA kind 'push'; expected off, code:NNNNNN or totp:BASE32SECRET"),
    ])
    func mfaErrorsAreClear(text: String, message: String) {
        let error = #expect(throws: VendorSettingError.self) { try Net2MFAMode(parsing: text) }
        #expect(error?.description == message)
    }

    @Test func tokenRateErrorsNameTheSetting() {
        let error = #expect(throws: VendorSettingError.self) { try Net2Configuration(mfa: nil, tokenRate: "2 per second") }
        #expect(error?.description == "invalid net2 token-rate '2 per second': expected N/SECONDSs, for example 2/1s")
    }
}
