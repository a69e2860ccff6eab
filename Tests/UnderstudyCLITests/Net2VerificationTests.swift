import Foundation
import UnderstudyTestSupport
import Testing
import UnderstudyCore

/// The Net2 connector's contract, end to end: `understudy verify` runs the Net2 suite against the
/// emulator and checks every exchange against the pact; `understudy verify-provider` replays the
/// pact against `understudy serve --vendor net2`.
@Suite(.serialized) struct Net2VerificationTests {
    private static let root = CommandRunner.packageRoot
    private static let contract = root.appendingPathComponent("Contracts/understudy-net2-connector-net2.json").path

    @Test func theNet2SuiteKeepsItsContract() throws {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("net2-verify-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: report) }
        let result = try CommandRunner.run([
            "verify", "--connector", "net2", "--contracts", Self.root.appendingPathComponent("Contracts").path,
            "--stubs-root", Self.root.appendingPathComponent("Stubs").path, "--json", report.path,
        ])
        #expect(result.status == 0, "\(result.output)")
        let cases = try JSONValue(parsing: Data(contentsOf: report))["suites"]?[0]?["cases"]?.arrayValue ?? []
        let names = cases.compactMap { $0["name"]?.stringValue }
        #expect(names.contains("burst of ten concurrent runs (dry run)"))
        #expect(names.contains("contract coverage"))
        #expect(cases.count == 11)
    }

    @Test func theEmulatorHonoursTheContract() throws {
        let (server, line, _) = try CommandRunner.start([
            "serve", "--vendor", "net2", "--port", "0", "--stubs-root", Self.root.appendingPathComponent("Stubs").path,
        ])
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        let base = try #require(line.firstMatch(of: /http:\/\/127\.0\.0\.1:[0-9]+/).map { String($0.output) })
        let result = try CommandRunner.run([
            "verify-provider", "--pact", Self.contract, "--base-url", base, "--state-setup", base + "/__admin/pact/state-change",
        ])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("24 passed, 0 failed"))
    }
}
