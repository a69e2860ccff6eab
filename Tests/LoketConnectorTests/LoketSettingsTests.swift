import ConnectorRuntime
import Foundation
import Testing
import UnderstudyCore

@testable import LoketConnector

@Suite struct LoketSettingsTests {
    private let complete: [String: JSONValue] = [
        "Client_Id": "client", "Client_Secret": "secret", "refresh_token": "refresh", "Environment": "Production",
        "employer": "Voorbeeld B.V.",
    ]

    private func settings(_ changes: [String: JSONValue?]) throws(ConfigurationError) -> LoketSettings {
        var members = complete
        for (key, value) in changes { members[key] = value }
        return try LoketSettings(configuration: .object(members))
    }

    private func error(_ changes: [String: JSONValue?]) -> ConfigurationError? {
        do {
            _ = try settings(changes)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsTheOriginalFormWithProductionHosts() throws {
        let settings = try settings([:])
        #expect(settings.clientId == "client")
        #expect(settings.clientSecret == "secret")
        #expect(settings.refreshToken == "refresh")
        #expect(settings.employer == "Voorbeeld B.V.")
        #expect(settings.environment == .production)
        #expect(settings.apiBaseURL.absoluteString == "https://api.loket.nl")
        #expect(settings.tokenURL.absoluteString == "https://oauth.loket.nl/token")
    }

    @Test func readsKeysInAnyCaseAndFromAJSONString() throws {
        let text = #"{"client_id":"c","CLIENT_SECRET":"","Refresh_Token":"r","Employer":"E","environment":"acceptance"}"#
        let settings = try LoketSettings(configuration: .string(text))
        #expect(settings.clientId == "c")
        #expect(settings.clientSecret == "")
        #expect(settings.employer == "E")
        #expect(settings.apiBaseURL.absoluteString == "https://api.loket-acc.nl")
        #expect(settings.tokenURL.absoluteString == "https://oauth.loket-acc.nl/token")
    }

    @Test func defaultsToProductionAndAnEmptySecret() throws {
        let settings = try settings(["Environment": nil, "Client_Secret": nil])
        #expect(settings.environment == .production)
        #expect(settings.clientSecret == "")
    }

    @Test(arguments: ["Client_Id", "refresh_token", "employer"])
    func namesAMissingOrEmptyRequiredKey(_ key: String) {
        #expect(error([key: nil]) == ConfigurationError(key: key, reason: .missing))
        #expect(error([key: "  "]) == ConfigurationError(key: key, reason: .missing))
        #expect(error([key: nil])?.description == "configuration key '\(key)' is missing")
    }

    @Test func refusesAnUnknownEnvironment() {
        let problem = error(["Environment": "Test"])
        #expect(problem?.key == "Environment")
        #expect(problem?.description.contains("No valid environment provided. Valid values are: [Acceptance, Production]") == true)
    }

    @Test func takesBothHostOverridesAndDropsATrailingVersion() throws {
        let settings = try settings(["apiBaseUrl": "http://127.0.0.1:8101/v2/", "tokenUrl": "http://127.0.0.1:8101/token"])
        #expect(settings.apiBaseURL.absoluteString == "http://127.0.0.1:8101")
        #expect(settings.tokenURL.absoluteString == "http://127.0.0.1:8101/token")
    }

    @Test func refusesOneOverrideWithoutTheOther() {
        #expect(error(["apiBaseUrl": "http://127.0.0.1:8101"])?.key == "tokenUrl")
        #expect(error(["tokenUrl": "http://127.0.0.1:8101/token"])?.key == "apiBaseUrl")
    }

    @Test func refusesAnOverrideThatIsNotAnHTTPURL() {
        #expect(error(["apiBaseUrl": "ftp://host", "tokenUrl": "http://host/token"]) ==
            ConfigurationError(key: "apiBaseUrl", reason: .invalid("must be an http or https URL")))
        #expect(error(["apiBaseUrl": "http://host", "tokenUrl": "not a url"])?.key == "tokenUrl")
    }

    @Test func refusesAConfigurationThatIsNotAnObject() {
        #expect(throws: ConfigurationError.self) { try LoketSettings(configuration: ["a list"]) }
    }
}
