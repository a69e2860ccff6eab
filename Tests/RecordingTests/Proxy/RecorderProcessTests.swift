import Foundation
import UnderstudyTestSupport
import MicroHTTP
import Testing
@testable import Recording

#if canImport(Glibc)
import Glibc
#endif

/// The `understudy record`, `replay` and `compile` commands run as a person runs them.
@Suite(.serialized) struct RecorderProcessTests {
    @Test func aRecorderKilledMidExchangeLeavesAValidHAROfTheCompletedExchanges() async throws {
        let held = HeldAnswer()
        let upstream = try TestUpstream { request in
            request.path == "/held" ? held.answer : .respond(.text("answer to \(request.target)"))
        }
        let folder = try TemporaryFolder()
        let har = folder.file("killed.har")
        let (process, line, _) = try CommandRunner.start(["record", "--upstream", upstream.baseURL, "--out", har.path, "--port", "0", "--mode", "all"])
        defer { if process.isRunning { process.terminate() } }
        let base = try #require(line.firstMatch(of: /http:\/\/127\.0\.0\.1:[0-9]+/).map { String($0.output) })
        for number in 1...3 {
            #expect(try await TestClient.get(base + "/item/\(number)?token=secret-\(number)-abcdef").status == 200)
        }
        let pending = Task { try? await TestClient.get(base + "/held") }
        await held.arrived()
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        held.release(.respond(.text("too late")))
        _ = await pending.value

        let document = try HARDocument(contentsOf: har)
        #expect(document.log.entries.map(\.request.target) == [
            "/item/1?token=%3Credacted%3Atoken%3A1%3E", "/item/2?token=%3Credacted%3Atoken%3A2%3E", "/item/3?token=%3Credacted%3Atoken%3A3%3E",
        ])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0 != "killed.har" }
        #expect(leftovers.allSatisfy { $0.hasSuffix(".tmp") })
    }

    @Test func aRecorderStopsCleanlyOnSIGTERM() async throws {
        let upstream = try TestUpstream.echo()
        let folder = try TemporaryFolder()
        let har = folder.file("stopped.har")
        let (process, line, _) = try CommandRunner.start(["record", "--upstream", upstream.baseURL, "--out", har.path, "--port", "0"])
        defer { if process.isRunning { process.terminate() } }
        #expect(line.contains("(mode once, recording to \(har.path))"))
        let base = try #require(line.firstMatch(of: /http:\/\/127\.0\.0\.1:[0-9]+/).map { String($0.output) })
        #expect(try await TestClient.get(base + "/a").status == 200)
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try HARDocument(contentsOf: har).log.entries.count == 1)
    }

    @Test func recordsAnEmulatorServedOverHTTPSTrustingTheGivenAuthority() async throws {
        let (server, serving, _) = try CommandRunner.start([
            "serve", "--vendor", "net2", "--port", "0", "--tls-cert", TestTLS.certificateFile, "--tls-key", TestTLS.privateKeyFile,
        ])
        defer { if server.isRunning { server.terminate() } }
        let upstream = try #require(serving.firstMatch(of: /https:\/\/127\.0\.0\.1:[0-9]+/).map { String($0.output) })
        let folder = try TemporaryFolder()
        let har = folder.file("net2-https.har")
        let (recorder, line, _) = try CommandRunner.start([
            "record", "--upstream", upstream, "--upstream-ca", TestTLS.certificateFile, "--out", har.path, "--port", "0",
        ])
        defer { if recorder.isRunning { recorder.terminate() } }
        let base = try #require(line.firstMatch(of: /http:\/\/127\.0\.0\.1:[0-9]+/).map { String($0.output) })
        let answer = try await TestClient.get(base + "/api/v1/users")
        #expect(answer.status == 401)
        #expect(answer.text.contains("Authorization has been denied for this request."))
        recorder.terminate()
        recorder.waitUntilExit()
        #expect(try HARDocument(contentsOf: har).log.entries.first?.request.url == upstream + "/api/v1/users")
    }

    @Test func refusesAnAuthorityFileThatIsMissingOrNotPEMAndATLSOptionAlone() throws {
        let missing = try CommandRunner.run(["record", "--upstream", "https://127.0.0.1:1", "--out", "x.har", "--upstream-ca", "/nonexistent.pem"])
        #expect(missing.status != 0)
        #expect(missing.error.contains("--upstream-ca /nonexistent.pem: cannot read the file"))
        let notPEM = try CommandRunner.run(["record", "--upstream", "https://127.0.0.1:1", "--out", "x.har", "--upstream-ca", TestTLS.privateKeyFile])
        #expect(notPEM.status != 0)
        #expect(notPEM.error.contains("not a PEM certificate file"))
        let alone = try CommandRunner.run(["serve", "--vendor", "net2", "--port", "0", "--tls-cert", TestTLS.certificateFile])
        #expect(alone.status != 0)
        #expect(alone.error.contains("--tls-cert and --tls-key go together"))
        let unreadable = try CommandRunner.run(["serve", "--vendor", "net2", "--port", "0", "--tls-cert", "/nonexistent.pem", "--tls-key", TestTLS.privateKeyFile])
        #expect(unreadable.status != 0)
        #expect(unreadable.error.contains("/nonexistent.pem: cannot read the file"))
    }

    @Test func replayServesHTTPSWithTheGivenCertificate() async throws {
        let folder = try TemporaryFolder()
        let har = folder.file("secure.har")
        try TestEntries.document([TestEntries.entry("GET", "https://api.example/known", responseBody: "yes")]).encoded().write(to: har)
        let (process, line, _) = try CommandRunner.start([
            "replay", har.path, "--port", "0", "--tls-cert", TestTLS.certificateFile, "--tls-key", TestTLS.privateKeyFile,
        ])
        defer { if process.isRunning { process.terminate() } }
        let base = try #require(line.firstMatch(of: /https:\/\/127\.0\.0\.1:[0-9]+/).map { String($0.output) })
        let client = UpstreamClient(timeout: 30, certificateAuthorities: TestTLS.certificateFile)
        defer { client.close() }
        let answer = try await withCheckedThrowingContinuation { continuation in
            client.send(UpstreamRequest(method: "GET", url: URL(string: base + "/known")!)) { continuation.resume(with: $0) }
        }
        #expect(answer.status == 200)
        #expect(String(decoding: answer.body, as: UTF8.self) == "yes")
    }

    @Test func replayStrictExitsNonZeroAfterAnUnrecordedRequest() async throws {
        let folder = try TemporaryFolder()
        let har = folder.file("strict.har")
        try TestEntries.document([TestEntries.entry("GET", "https://api.example/known", responseBody: "yes")]).encoded().write(to: har)
        let (process, line, _) = try CommandRunner.start(["replay", har.path, "--port", "0", "--strict"])
        defer { if process.isRunning { process.terminate() } }
        let base = try #require(line.firstMatch(of: /http:\/\/127\.0\.0\.1:[0-9]+/).map { String($0.output) })
        #expect(try await TestClient.get(base + "/known").text == "yes")
        #expect(try await TestClient.get(base + "/unknown").status == 500)
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
    }

    @Test func compileWritesStubsThatValidateAndAContract() throws {
        let folder = try TemporaryFolder()
        let har = folder.file("browser.har")
        try Data(BrowserHAR.text.utf8).write(to: har)
        let stubs = folder.file("stubs")
        let contract = folder.file("portal-web-portal-api.json")
        let compile = try CommandRunner.run([
            "compile", har.path, "--stubs", stubs.path, "--contract", contract.path, "--consumer", "portal-web", "--provider", "portal-api",
        ])
        #expect(compile.status == 0)
        #expect(compile.output.contains("wrote 4 mappings and 0 body files"))
        #expect(compile.output.contains("wrote 4 interactions"))
        #expect(compile.error.contains("browser entry 4: status 0 cannot be served; skipped"))
        let validate = try CommandRunner.run(["validate", stubs.path])
        #expect(validate.status == 0)
        #expect(FileManager.default.fileExists(atPath: contract.path))
        let broken = folder.file("broken.har")
        try Data(#"{"log": {"entries": [{"request": {"method": "GET"}, "response": {"status": 200}}]}}"#.utf8).write(to: broken)
        let failed = try CommandRunner.run(["compile", broken.path, "--stubs", stubs.path])
        #expect(failed.status != 0)
        #expect(failed.error.contains("broken.har: $.log.entries[0].request.url: is missing"))
    }
}
