import Foundation
import UnderstudyTestSupport
import Testing
import UnderstudyCore

@Suite(.serialized) struct VerifyProviderCommandTests {
    private static let fixtures = CommandRunner.packageRoot.appendingPathComponent("Tests/Fixtures/pact-interop")

    /// Starts `understudy serve --vendor net2` on a free port; returns the process and its base URL.
    private func serveNet2() throws -> (Process, String) {
        let stubsRoot = CommandRunner.packageRoot.appendingPathComponent("Stubs").path
        let (process, line, _) = try CommandRunner.start(["serve", "--vendor", "net2", "--port", "0", "--stubs-root", stubsRoot])
        guard let base = line.firstMatch(of: /http:\/\/127\.0\.0\.1:[0-9]+/).map({ String($0.output) }) else {
            process.terminate()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "serve printed '\(line)'"])
        }
        return (process, base)
    }

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("verify-provider-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func passesTheNet2ContractAndWritesReports() throws {
        let (server, base) = try serveNet2()
        defer { server.terminate() }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let junit = folder.appendingPathComponent("reports/provider.xml"), json = folder.appendingPathComponent("provider.json")
        let result = try CommandRunner.run([
            "verify-provider", "--pact", Self.fixtures.appendingPathComponent("helloid-net2.json").path, "--base-url", base,
            "--state-setup", base + "/__admin/pact/state-change", "--junit", junit.path, "--json", json.path,
        ])
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.output.contains("helloid-net2.json  a request for user 1012"))
        #expect(result.output.hasSuffix("5 passed, 0 failed\n"))
        #expect(try String(contentsOf: junit, encoding: .utf8).contains(#"tests="5" failures="0""#))
        #expect(try JSONValue(parsing: Data(contentsOf: json))["passed"] == true)
    }

    @Test func exitsOneWithADiffWhenTheProviderBreaksTheContract() throws {
        let (server, base) = try serveNet2()
        defer { server.terminate() }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try String(contentsOf: Self.fixtures.appendingPathComponent("helloid-net2.json"), encoding: .utf8)
        let drifted = folder.appendingPathComponent("drifted.json")
        try Data(original.replacingOccurrences(of: #""firstName": "Jan", "lastName": "Dijk", "customFields""#,
                                               with: #""firstName": "Piet", "lastName": "Dijk", "customFields""#).utf8).write(to: drifted)
        let result = try CommandRunner.run([
            "verify-provider", "--pact", drifted.path, "--base-url", base, "--state-setup", base + "/__admin/pact/state-change",
        ])
        #expect(result.status == 1)
        #expect(result.output.contains("FAIL drifted.json / a request for user 1012"))
        #expect(result.output.contains("- expected: 'Piet'"))
        #expect(result.output.hasSuffix("4 passed, 1 failed\n"))
    }

    @Test func exitsTwoNamingTheBrokenPactFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("broken.json")
        try Data(#"{"consumer":{"name":"c"},"provider":{"name":"p"},"interactions":[{"description":"x","response":{}}]}"#.utf8).write(to: broken)
        let result = try CommandRunner.run(["verify-provider", "--pact", broken.path, "--base-url", "http://127.0.0.1:9"])
        #expect(result.status == 2)
        #expect(result.error.contains("broken.json: $.interactions[0]: missing required 'request'"))
    }

    @Test func refusesABadHeaderOrURL() throws {
        let pact = Self.fixtures.appendingPathComponent("helloid-net2.json").path
        let header = try CommandRunner.run(["verify-provider", "--pact", pact, "--base-url", "http://127.0.0.1:9", "--header", "no colon"])
        #expect(header.status != 0)
        #expect(header.error.contains("--header must be 'Name: value'"))
        let url = try CommandRunner.run(["verify-provider", "--pact", pact, "--base-url", "ftp://example"])
        #expect(url.status != 0)
        #expect(url.error.contains("--base-url must be an http or https URL"))
    }
}
