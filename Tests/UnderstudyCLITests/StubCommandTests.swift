import Foundation
import UnderstudyTestSupport
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite(.serialized) struct StubCommandTests {
    /// A pact the official Pact mock server wrote (`pact mock create` then `pact mock verify`).
    private static let official = CommandRunner.packageRoot.appendingPathComponent("Tests/Fixtures/pact-interop/written-by-pact-mock-server.json")

    private func startStub(_ extra: [String] = []) throws -> (Process, String) {
        let (process, line, _) = try CommandRunner.start(["stub", "--pact", Self.official.path] + extra)
        guard let base = line.firstMatch(of: /http:\/\/127\.0\.0\.1:[0-9]+/).map({ String($0.output) }) else {
            process.terminate()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "stub printed '\(line)'"])
        }
        #expect(line.hasPrefix("understudy stub serving 3 interactions from 1 pact on "))
        return (process, base)
    }

    private func get(_ url: String, headers: [String: String] = [:]) async throws -> (Int, String) {
        var request = URLRequest(url: URL(string: url)!)
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test func servesAPactTheOfficialToolsWroteChoosingByStateHeader() async throws {
        let (process, base) = try startStub(["--state-header", "X-State"])
        defer { if process.isRunning { process.terminate() } }
        let accept = ["Accept": "application/json"]
        #expect(try await get(base + "/widgets/7", headers: accept) == (200, #"{"id":7,"name":"sprocket"}"#))
        #expect(try await get(base + "/widgets/7", headers: accept.merging(["X-State": "widget 7 does not exist"]) { $1 })
            == (404, #"{"error":"no widget 7"}"#))
        let (status, report) = try await get(base + "/widgets/8", headers: accept)
        #expect(status == 404)
        #expect(report.contains("1. 'a request for widget 7' (interop-consumer-interop-provider) given 'widget 7 exists'"))
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func verifyProviderPassesAgainstTheStub() throws {
        let (process, base) = try startStub()
        defer { if process.isRunning { process.terminate() } }
        let result = try CommandRunner.run([
            "verify-provider", "--pact", Self.official.path, "--base-url", base, "--state-setup", base + "/__admin/pact/state-change",
        ])
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.output.hasSuffix("3 passed, 0 failed\n"))
    }

    @Test func refusesAMissingPactFile() throws {
        let result = try CommandRunner.run(["stub", "--pact", "/nonexistent/pact.json"])
        #expect(result.status == 2)
        #expect(result.error.contains("/nonexistent/pact.json: $: no such file or folder"))
    }
}
