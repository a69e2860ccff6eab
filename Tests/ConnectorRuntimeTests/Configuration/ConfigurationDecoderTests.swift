import Foundation
import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct ConfigurationDecoderTests {
    /// The Net2 connector's settings, named as its `configuration.json` names them.
    struct Net2Settings: Decodable, Equatable {
        var BaseUrl: URL
        var UserName: String
        var Password: String
        var ClientId: String
        var departmentMapping: String?
        var archivedDepartmentId: Int?
        var MfaType: String?
    }

    struct Flags: Decodable, Equatable {
        var setManager: Bool
        var updateUserName: Bool
        var ratio: Double
    }

    enum Environment: String, Decodable, CaseIterable { case Production, Acceptance }
    enum Mode: String, Decodable { case fast }

    struct LoketSettings: Decodable {
        var Environment: Environment
        var refresh_token: String
        var mode: Mode?
    }

    struct Nested: Decodable {
        struct Mfa: Decodable {
            var Kind: String
            var Retries: Int
        }
        var Mfa: Mfa
        var CustomFieldIds: [Int]
        var Extra: JSONValue?
    }

    private let decoder = ConfigurationDecoder()

    private func error<T: Decodable>(_ type: T.Type, _ configuration: JSONValue) -> String? {
        do {
            _ = try decoder.decode(type, from: configuration)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func decodesAnExportedNet2Configuration() throws {
        let configuration: JSONValue = [
            "BaseUrl": "https://net2-server:8443", "UserName": "System engineer", "Password": "pa55word",
            "ClientId": "8c3b0b2e-1d5e-4f2a-9a7b-0c1d2e3f4a5b", "departmentMapping": "C:\\mapping.csv",
            "archivedDepartmentId": "7", "MfaType": "",
        ]
        let settings = try decoder.decode(Net2Settings.self, from: configuration)
        #expect(
            settings
                == Net2Settings(
                    BaseUrl: URL(string: "https://net2-server:8443")!, UserName: "System engineer", Password: "pa55word",
                    ClientId: "8c3b0b2e-1d5e-4f2a-9a7b-0c1d2e3f4a5b", departmentMapping: "C:\\mapping.csv",
                    archivedDepartmentId: 7, MfaType: nil))
    }

    @Test func aMissingSettingNamesItsKey() {
        let configuration: JSONValue = ["UserName": "u", "Password": "p", "ClientId": "c"]
        #expect(error(Net2Settings.self, configuration) == "configuration key 'BaseUrl' is missing")
    }

    @Test func aWronglyTypedSettingNamesItsKeyAndTheKinds() {
        let configuration: JSONValue = [
            "BaseUrl": "https://net2", "UserName": "u", "Password": "p", "ClientId": "c", "archivedDepartmentId": "archive",
        ]
        #expect(error(Net2Settings.self, configuration) == "configuration key 'archivedDepartmentId' must be a number, found string")
        let fractional: JSONValue = [
            "BaseUrl": "https://net2", "UserName": "u", "Password": "p", "ClientId": "c", "archivedDepartmentId": 7.5,
        ]
        #expect(error(Net2Settings.self, fractional) == "configuration key 'archivedDepartmentId' must be a whole number, found number")
        #expect(
            error(Flags.self, ["setManager": "yes", "updateUserName": false, "ratio": 1])
                == "configuration key 'setManager' must be a boolean, found string")
    }

    @Test func numbersAndBooleansMayBeWrittenAsStrings() throws {
        let flags = try decoder.decode(Flags.self, from: ["setManager": "TRUE", "updateUserName": " false ", "ratio": "0.25"])
        #expect(flags == Flags(setManager: true, updateUserName: false, ratio: 0.25))
        let numericStrings = try decoder.decode(
            Net2Settings.self,
            from: ["BaseUrl": "http://h", "UserName": "u", "Password": 1234, "ClientId": "c", "archivedDepartmentId": 7.0])
        #expect(numericStrings.Password == "1234")
        #expect(numericStrings.archivedDepartmentId == 7)
    }

    @Test func blankAndNullOptionalSettingsAreUnsetButRequiredOnesAreNot() throws {
        let settings = try decoder.decode(
            Net2Settings.self,
            from: [
                "BaseUrl": "http://h", "UserName": "u", "Password": "", "ClientId": "c", "archivedDepartmentId": " ",
                "departmentMapping": nil,
            ])
        #expect(settings.Password == "")
        #expect(settings.archivedDepartmentId == nil)
        #expect(settings.departmentMapping == nil)
        #expect(
            error(Flags.self, ["setManager": "", "updateUserName": true, "ratio": 1])
                == "configuration key 'setManager' must be a boolean, found empty string")
        #expect(
            error(Flags.self, ["setManager": nil, "updateUserName": true, "ratio": 1])
                == "configuration key 'setManager' must be a boolean, found null")
    }

    @Test func keysMatchInAnyCaseWhenNoExactKeyExists() throws {
        let settings = try decoder.decode(
            Net2Settings.self, from: ["baseurl": "http://h", "USERNAME": "u", "password": "p", "clientId": "c"])
        #expect(settings.UserName == "u")
    }

    @Test func aURLSettingMustBeAbsolute() {
        #expect(
            error(Net2Settings.self, ["BaseUrl": "net2-server", "UserName": "u", "Password": "p", "ClientId": "c"])
                == "configuration key 'BaseUrl' must be an absolute URL, found string")
    }

    @Test func anUnknownChoiceListsTheAcceptedValuesWithoutQuotingTheValue() {
        #expect(
            error(LoketSettings.self, ["Environment": "Test", "refresh_token": "r"])
                == "configuration key 'Environment' is invalid: not one of Production, Acceptance")
        #expect(
            error(LoketSettings.self, ["Environment": "Production", "refresh_token": "r", "mode": "slow"])
                == "configuration key 'mode' is invalid: not an accepted value")
    }

    @Test func nestedSettingsAndArraysAreNamedByTheirPath() throws {
        let nested = try decoder.decode(
            Nested.self, from: ["Mfa": ["Kind": "otp", "Retries": "2"], "CustomFieldIds": [9, "14"], "Extra": ["any": [1, true]]])
        #expect(nested.Mfa.Retries == 2)
        #expect(nested.CustomFieldIds == [9, 14])
        #expect(nested.Extra == ["any": [1, true]])
        #expect(error(Nested.self, ["Mfa": ["Kind": "otp"], "CustomFieldIds": []]) == "configuration key 'Mfa.Retries' is missing")
        #expect(
            error(Nested.self, ["Mfa": ["Kind": "otp", "Retries": 1], "CustomFieldIds": [9, "x"]])
                == "configuration key 'CustomFieldIds[1]' must be a number, found string")
        #expect(error(Nested.self, ["Mfa": "otp", "CustomFieldIds": []]) == "configuration key 'Mfa' must be an object, found string")
    }

    @Test func acceptsConfigurationAsJSONTextAsSourceScriptsGetIt() throws {
        let flags = try decoder.decode(Flags.self, from: #"{"setManager": true, "updateUserName": "false", "ratio": 2}"#)
        #expect(flags.ratio == 2)
        #expect(error(Flags.self, [1, 2]) == "configuration must be a JSON object, found array")
        #expect(error(Flags.self, "not json") == "configuration must be a JSON object, found string")
    }

    @Test func messagesNeverQuoteASettingsValue() {
        let message = error(Flags.self, ["setManager": "hunter2-secret", "updateUserName": true, "ratio": 1])
        #expect(message?.contains("hunter2-secret") == false)
    }
}
