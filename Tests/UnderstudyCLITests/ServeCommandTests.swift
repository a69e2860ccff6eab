import Foundation
import UnderstudyTestSupport
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite(.serialized) struct ServeCommandTests {
    private func get(_ url: String) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: url)!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test func servesTheDemoStubsAndStopsOnSIGTERM() async throws {
        let stubs = CommandRunner.packageRoot.appendingPathComponent("Stubs/demo").path
        let (process, line, _) = try CommandRunner.start(["serve", "--stubs", stubs, "--port", "0"])
        defer { if process.isRunning { process.terminate() } }
        let base = try #require(line.firstMatch(of: /http:\/\/127\.0\.0\.1:[0-9]+/).map { String($0.output) })
        #expect(try await get(base + "/ping") == (200, "pong"))
        let (status, report) = try await get(base + "/pong")
        #expect(status == 404)
        #expect(report.contains("demo: ping"))
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func stopsThroughTheAdminAPI() async throws {
        let stubs = CommandRunner.packageRoot.appendingPathComponent("Stubs/demo").path
        let (process, line, _) = try CommandRunner.start(["serve", "--stubs", stubs, "--port", "0"])
        defer { if process.isRunning { process.terminate() } }
        let base = try #require(line.firstMatch(of: /http:\/\/127\.0\.0\.1:[0-9]+/).map { String($0.output) })
        var request = URLRequest(url: URL(string: base + "/__admin/shutdown")!)
        request.httpMethod = "POST"
        _ = try await URLSession.shared.data(for: request)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func delaysEveryAnswerByTheFixedDelay() async throws {
        let (process, line, _) = try CommandRunner.start(["serve", "--vendor", "loket", "--port", "0", "--fixed-delay", "40"])
        defer { if process.isRunning { process.terminate() } }
        let base = try #require(line.firstMatch(of: /http:\/\/127\.0\.0\.1:[0-9]+/).map { String($0.output) })
        #expect(try await get(base + "/__admin/settings") == (200, #"{"settings":{"fixedDelay":40}}"#))
        let started = ContinuousClock.now
        let (status, _) = try await get(base + "/v2/providers/employers")
        #expect(status == 401)
        #expect(ContinuousClock.now - started >= .milliseconds(40), "the emulator's answer waits for the global delay")
        let refused = try CommandRunner.run(["serve", "--stubs", "Stubs/demo", "--fixed-delay", "-5"])
        #expect(refused.status != 0)
        #expect(refused.error.contains("--fixed-delay"))
    }

    /// A new stub directory in the temporary folder holding one mapping file, `mappings/NAME`.
    private func stubDirectory(file name: String, holding mapping: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("understudy-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("mappings"), withIntermediateDirectories: true)
        try Data(mapping.utf8).write(to: folder.appendingPathComponent("mappings/\(name)"))
        return folder
    }

    @Test func exitsNonZeroNamingTheBrokenFile() throws {
        let folder = try stubDirectory(file: "broken.json", holding: #"{"request":{"method":"GET","urlPath":"/x"},"response":{"status":"bad"}}"#)
        defer { try? FileManager.default.removeItem(at: folder) }
        let served = try CommandRunner.run(["serve", "--stubs", folder.path, "--port", "0"])
        #expect(served.status != 0)
        #expect(served.error.contains("broken.json: $.response.status"))
        let validated = try CommandRunner.run(["validate", folder.path])
        #expect(validated.status != 0)
        #expect(validated.error.contains("broken.json: $.response.status"))
        #expect(validated.error.contains("1 problem found."))
    }

    @Test func countsASingleStubInTheSingular() throws {
        let folder = try stubDirectory(file: "one.json", holding: #"{"request":{"method":"GET","urlPath":"/x"},"response":{"status":200}}"#)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (process, line, _) = try CommandRunner.start(["serve", "--stubs", folder.path, "--port", "0"])
        defer { if process.isRunning { process.terminate() } }
        #expect(line.hasPrefix("understudy serving stubs (1 stub) on http://127.0.0.1:"))
        let validated = try CommandRunner.run(["validate", folder.path])
        #expect(validated.output.contains("1 mapping in 1 file is valid."))
    }

    @Test func validatesTheDemoStubs() throws {
        let result = try CommandRunner.run(["validate", CommandRunner.packageRoot.appendingPathComponent("Stubs/demo").path])
        #expect(result.status == 0)
        #expect(result.output.contains("are valid"))
    }

    @Test func refusesABadOption() throws {
        let result = try CommandRunner.run(["serve", "--stubs", "Stubs/demo", "--port", "70000"])
        #expect(result.status != 0)
        #expect(result.error.contains("--port"))
    }
}
