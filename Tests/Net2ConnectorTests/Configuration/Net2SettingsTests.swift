import ConnectorRuntime
import Foundation
import Testing
import UnderstudyCore

@testable import Net2Connector

@Suite struct Net2SettingsTests {
    private let complete: [String: JSONValue] = [
        "BaseUrl": "https://net2-server:8443", "UserName": "System engineer", "Password": "secret", "ClientId": "abc",
        "departmentMapping": "/tmp/map.csv", "archivedDepartmentId": "7", "MfaType": "email", "MfaCode": 123456,
    ]

    private func settings(_ changes: [String: JSONValue?]) throws(ConfigurationError) -> Net2Settings {
        var configuration = complete
        for (key, value) in changes { configuration[key] = value }
        return try Net2Settings(configuration: .object(configuration))
    }

    @Test func decodesTheOriginalKeysLeniently() throws {
        let settings = try settings([:])
        #expect(settings.baseURL.absoluteString == "https://net2-server:8443")
        #expect(settings.userName == "System engineer")
        #expect(settings.clientID == "abc")
        #expect(settings.departmentMappingPath == "/tmp/map.csv")
        #expect(settings.archivedDepartmentID == 7)
        #expect(settings.mfaType == "email")
        #expect(settings.mfaCode == "123456")
        #expect(settings.challengeType == "email")
    }

    @Test func matchesKeysWithoutRegardToCase() throws {
        let settings = try Net2Settings(configuration: [
            "baseurl": "http://127.0.0.1:8103", "username": "a", "password": "b", "clientid": "c", "ARCHIVEDDEPARTMENTID": 3,
        ])
        #expect(settings.archivedDepartmentID == 3)
        #expect(settings.departmentMappingPath == nil)
        #expect(settings.challengeType == "otp")
    }

    @Test(arguments: ["BaseUrl", "UserName", "Password", "ClientId"])
    func namesAMissingRequiredKey(_ key: String) {
        #expect(throws: ConfigurationError(key: key, reason: .missing)) { try settings([key: JSONValue?.none]) }
    }

    @Test func refusesBlankTextsAndBadValues() {
        #expect(throws: ConfigurationError(key: "UserName", reason: .invalid("must not be empty"))) { try settings(["UserName": "  "]) }
        #expect(throws: ConfigurationError(key: "BaseUrl", reason: .invalid("must be an http:// or https:// URL"))) {
            try settings(["BaseUrl": "ftp://net2"])
        }
        #expect(throws: ConfigurationError(key: "MfaTotpSecret", reason: .invalid("is not a Base32 secret"))) {
            try settings(["MfaTotpSecret": "not base32!"])
        }
        let wrongType = #expect(throws: ConfigurationError.self) { try settings(["archivedDepartmentId": "seven"]) }
        #expect(wrongType?.key == "archivedDepartmentId")
    }

    @Test func blankOptionalKeysCountAsUnset() throws {
        let settings = try settings(["archivedDepartmentId": "", "departmentMapping": "", "MfaTotpSecret": "", "MfaCode": .some(nil)])
        #expect(throws: ConfigurationError(key: "archivedDepartmentId", reason: .missing)) { try settings.requireArchivedDepartmentID() }
        #expect(throws: ConfigurationError(key: "departmentMapping", reason: .missing)) { try settings.requireDepartmentMappingPath() }
        let mfa = #expect(throws: ConfigurationError.self) { try settings.mfaCode(at: Date()) }
        #expect(mfa?.description.contains("MfaTotpSecret") == true)
    }

    @Test func computesTheCodeFromTheTOTPSecretBeforeTheFixedCode() throws {
        let secret = "JBSWY3DPEHPK3PXP"
        let now = Date(timeIntervalSince1970: 1_767_225_600)
        let settings = try settings(["MfaTotpSecret": .string(secret)])
        #expect(try settings.mfaCode(at: now) == (try TOTP(base32Secret: secret)).code(at: now))
        #expect(try self.settings([:]).mfaCode(at: now) == "123456")
    }
}
