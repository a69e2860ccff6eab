import Foundation
import UnderstudyTestSupport
import LoketEmulator
import Testing
import UnderstudyCore

/// `understudy connector loket` end to end: the built binary against the emulator in-process.
@Suite(.serialized) struct LoketConnectorCommandTests {
    /// The command as a person types it.
    private static let command = ["connector", "loket"]

    private func configFile(_ configuration: JSONValue) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("loket-config-\(UUID().uuidString).json")
        try configuration.serializedData(pretty: true).write(to: url)
        return url
    }

    private func run(_ action: String, _ configuration: JSONValue, _ extra: [String] = []) throws -> (status: Int32, output: String, error: String) {
        let file = try configFile(configuration)
        defer { try? FileManager.default.removeItem(at: file) }
        return try CommandRunner.run(Self.command + [action, "--config", file.path] + extra)
    }

    @Test func printsThePersonsAsOneJSONArray() throws {
        let server = try LoketTestServer()
        let result = try run("persons", server.configuration(), ["--compact", "--concurrency", "3"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty)
        let persons = try JSONValue(parsing: result.output).arrayValue ?? []
        #expect(persons.map { $0["ExternalId"] } == (try LoketFixtures.expected("persons.json")).map { $0["ExternalId"] })
        #expect(result.output.split(separator: "\n").count == 1, "--compact prints one line")
    }

    @Test func printsTheDepartmentsWithWarningsOnStandardError() throws {
        let server = try LoketTestServer()
        let result = try run("departments", server.configuration())
        #expect(result.status == 0, "\(result.error)")
        #expect(try JSONValue(parsing: result.output) == .array(try LoketFixtures.expected("departments.json")))
        #expect(result.error.contains("warning: No EmployeeObject correlated for user [interim.zorgzuid]"))
    }

    @Test func printsARotatedRefreshTokenOnStandardError() throws {
        let server = try LoketTestServer(configuration: LoketConfiguration(rotatesRefreshTokens: true))
        let first = try run("departments", server.configuration())
        #expect(first.status == 0, "\(first.error)")
        let line = try #require(first.error.split(separator: "\n").first { $0.contains("the refresh token was rotated") })
        let token = String(line.split(separator: " ").last ?? "")
        #expect(token.count == 32)
        #expect(try run("departments", server.configuration()).error.contains("Failed to Authenticate, message [invalid_grant]"))
        #expect(try run("departments", server.configuration(refreshToken: token)).status == 0)
    }

    @Test func namesTheFileAndKeyOfAConfigurationError() throws {
        guard case .object(var members) = LoketFixtures.configuration(baseURL: "http://127.0.0.1:9") else { return }
        members["refresh_token"] = nil
        let file = try configFile(.object(members))
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CommandRunner.run(Self.command + ["persons", "--config", file.path])
        #expect(result.status == 1)
        #expect(result.error == "error: \(file.path): configuration key 'refresh_token' is missing\n")
        #expect(result.output.isEmpty)
    }

    @Test func namesAConfigurationFileThatIsNotJSON() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("loket-config-\(UUID().uuidString).json")
        try Data("{\"Client_Id\": ".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CommandRunner.run(Self.command + ["departments", "--config", file.path])
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("error: \(file.path): not valid JSON"))
        let missing = try CommandRunner.run(Self.command + ["departments", "--config", file.path + ".missing"])
        #expect(missing.error.hasPrefix("error: \(file.path).missing: cannot read the file"))
    }

    @Test func failsNamingAnUnknownEmployer() throws {
        let server = try LoketTestServer()
        let result = try run("persons", server.configuration(employer: "Onbekend B.V."))
        #expect(result.status == 1)
        #expect(result.error.contains("error: could not import Loket persons: Employer [Onbekend B.V.] not Found!"))
    }

    @Test func refusesAConcurrencyBelowOneAndAnUnknownAction() throws {
        let concurrency = try CommandRunner.run(Self.command + ["persons", "--config", "x.json", "--concurrency", "0"])
        #expect(concurrency.status != 0)
        #expect(concurrency.error.contains("--concurrency must be at least 1"))
        let action = try CommandRunner.run(Self.command + ["contracts", "--config", "x.json"])
        #expect(action.status != 0)
        #expect(action.error.contains("contracts"))
    }
}
