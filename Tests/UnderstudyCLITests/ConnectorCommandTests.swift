import Foundation
import UnderstudyTestSupport
import Testing
import UnderstudyCore

@testable import UnderstudyCLI

@Suite(.serialized) struct ConnectorCommandTests {
    private static let fixtures = CommandRunner.packageRoot.appendingPathComponent("Stubs/net2/fixtures")

    /// A temporary folder holding the fixture configuration pointed at `baseURL` (with its
    /// department mapping next to it, found through the relative path) and the fixture person.
    private struct Workspace {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("understudy-connector-\(UUID().uuidString)")
        var config: String { folder.appendingPathComponent("config.json").path }
        var person: String { ConnectorCommandTests.fixtures.appendingPathComponent("person.json").path }

        init(baseURL: String) throws {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var configuration =
                try JSONValue(parsing: Data(contentsOf: ConnectorCommandTests.fixtures.appendingPathComponent("config.json")))
                .objectValue ?? [:]
            configuration["BaseUrl"] = .string(baseURL)
            try JSONValue.object(configuration).serializedData().write(to: URL(fileURLWithPath: config))
            try FileManager.default.copyItem(
                at: ConnectorCommandTests.fixtures.appendingPathComponent("departmentMapping.csv"),
                to: folder.appendingPathComponent("departmentMapping.csv"))
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }

        func write(_ name: String, _ text: String) throws -> String {
            let url = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            return url.path
        }
    }

    /// Serves the Net2 emulator from the package's seed on a free port; the caller terminates it.
    private func serveNet2() throws -> (process: Process, baseURL: String) {
        let (process, line, _) = try CommandRunner.start([
            "serve", "--vendor", "net2", "--port", "0", "--stubs-root", CommandRunner.packageRoot.appendingPathComponent("Stubs").path,
            "--net2-token-rate", "100/1s",
        ])
        guard let base = line.firstMatch(of: /http:\/\/127\.0\.0\.1:[0-9]+/).map({ String($0.output) }) else {
            process.terminate()
            throw ConnectorInputError(file: "serve", path: "$", reason: "no base URL in '\(line)'")
        }
        return (process, base)
    }

    private func output(_ result: (status: Int32, output: String, error: String)) throws -> JSONValue {
        try JSONValue(parsing: result.output)
    }

    @Test func runsALifecycleAgainstTheEmulator() throws {
        let (server, base) = try serveNet2()
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        let workspace = try Workspace(baseURL: base)
        defer { workspace.remove() }
        let connector = ["connector", "net2"]

        let created = try CommandRunner.run(connector + ["create", "--config", workspace.config, "--person", workspace.person])
        #expect(created.status == 0, "\(created.error)")
        let createdOutput = try output(created)
        #expect(createdOutput["Success"] == true)
        #expect(createdOutput["AccountReference"] == "1017")
        #expect(createdOutput["Data"]?["Department"] == "Support")

        let granted = try CommandRunner.run(
            connector + [
                "grant", "--config", workspace.config, "--account-reference", "1017", "--permission-reference", "5",
                "--permission-name", "Server room",
            ])
        #expect(try output(granted)["AuditLogs"]?[0]?["Message"] == "Grant permission [Server room] was successful")

        let preview = try CommandRunner.run(
            connector + ["delete", "--config", workspace.config, "--account-reference", "1017", "--dry-run"])
        #expect(preview.status == 0)
        #expect(try output(preview)["AuditLogs"]?[0]?["Message"]?.stringValue?.hasPrefix("[DryRun] Delete") == true)

        let deleted = try CommandRunner.run(connector + ["delete", "--config", workspace.config, "--account-reference", "1017"])
        #expect(try output(deleted)["AuditLogs"]?[0]?["Message"] == "Delete account was successful")

        let imported = try CommandRunner.run(connector + ["import-accounts", "--config", workspace.config])
        #expect(imported.status == 0)
        #expect(try output(imported).arrayValue?.count == 6)
    }

    @Test func exitsNonZeroWhenTheActionFails() throws {
        let (server, base) = try serveNet2()
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        let workspace = try Workspace(baseURL: base)
        defer { workspace.remove() }
        let result = try CommandRunner.run(["connector", "net2", "enable", "--config", workspace.config, "--account-reference", "4040"])
        #expect(result.status != 0)
        #expect(try output(result)["Success"] == false)
    }

    @Test func namesTheBrokenConfigurationFileAndKey() throws {
        let workspace = try Workspace(baseURL: "http://127.0.0.1:9")
        defer { workspace.remove() }
        let missing = try CommandRunner.run([
            "connector", "net2", "create", "--config", workspace.folder.appendingPathComponent("nope.json").path,
        ])
        #expect(missing.status != 0)
        #expect(missing.error.contains("nope.json: $: cannot read the file"))

        let broken = try workspace.write("broken.json", "{\"BaseUrl\": \"x\"")
        let unparsable = try CommandRunner.run(["connector", "net2", "create", "--config", broken])
        #expect(unparsable.status != 0)
        #expect(unparsable.error.contains("broken.json: $: not valid JSON") && unparsable.error.contains("line"))

        let keyless = try workspace.write("keyless.json", #"{"BaseUrl": "http://127.0.0.1:9", "UserName": "a", "Password": "b"}"#)
        let missingKey = try CommandRunner.run(["connector", "net2", "create", "--config", keyless])
        #expect(missingKey.status != 0)
        #expect(missingKey.error.contains("keyless.json: $.ClientId: configuration key 'ClientId' is missing"))
    }

    @Test func refusesAnUnknownConnectorOrAction() throws {
        let connector = try CommandRunner.run(["connector", "acme", "create"])
        #expect(connector.status != 0)
        #expect(connector.error.contains("acme"))
        let action = try CommandRunner.run(["connector", "net2", "persons", "--config", "x.json"])
        #expect(action.status != 0)
        #expect(action.error.contains("unknown action 'persons'"))
    }

    @Test func theFixtureConfigurationIsComplete() throws {
        let configuration = try ConnectorInput.configuration(file: Self.fixtures.appendingPathComponent("config.json").path)
        #expect(configuration["BaseUrl"] == "http://127.0.0.1:8103")
        #expect(configuration["departmentMapping"] == .string(Self.fixtures.appendingPathComponent("departmentMapping.csv").path))
        let person = try ConnectorInput.person(file: Self.fixtures.appendingPathComponent("person-correlated.json").path)
        #expect(person.person["ExternalId"] == "100234")
    }
}
