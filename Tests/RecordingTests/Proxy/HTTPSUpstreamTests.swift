import Foundation
import MicroHTTP
import Testing
import UnderstudyCore
import UnderstudyTestSupport
@testable import Recording

/// The recorder forwards to an HTTPS upstream, trusting the system's authorities or a given PEM file.
@Suite struct HTTPSUpstreamTests {
    private static func secureUpstream() throws -> TestUpstream {
        let identity = try TLSIdentity(certificateFile: TestTLS.certificateFile, privateKeyFile: TestTLS.privateKeyFile)
        return try TestUpstream(tls: identity) { request in .respond(.json(Data(#"{"path":"\#(request.path)"}"#.utf8))) }
    }

    private func send(_ url: String, with client: UpstreamClient) async -> Result<UpstreamAnswer, UpstreamFailure> {
        await withCheckedContinuation { continuation in
            client.send(UpstreamRequest(method: "GET", url: URL(string: url)!)) { continuation.resume(returning: $0) }
        }
    }

    @Test func theClientTrustsTheGivenAuthoritiesAndRefusesAnUnknownCertificate() async throws {
        let upstream = try Self.secureUpstream()
        #expect(upstream.baseURL.hasPrefix("https://"))
        let trusting = UpstreamClient(timeout: 30, certificateAuthorities: TestTLS.certificateFile)
        defer { trusting.close() }
        for _ in 0..<3 {  // several handshakes on one server
            let answer = try await send(upstream.baseURL + "/secure", with: trusting).get()
            #expect(answer.status == 200)
            #expect(String(decoding: answer.body, as: UTF8.self) == #"{"path":"/secure"}"#)
        }
        let systemOnly = UpstreamClient(timeout: 30)
        defer { systemOnly.close() }
        let refused = await send(upstream.baseURL + "/secure", with: systemOnly)
        guard case .failure(let failure) = refused else {
            Issue.record("a self-signed certificate must not pass the system's authorities")
            return
        }
        #expect(failure.reason == "TLS handshake failed")
    }

    @Test func aServerOnTLSTellsItsHandlerTheRequestCameOverHTTPS() async throws {
        let identity = try TLSIdentity(certificateFile: TestTLS.certificateFile, privateKeyFile: TestTLS.privateKeyFile)
        let upstream = try TestUpstream(tls: identity) { request in .respond(.text("\(request.scheme) \(request.baseURL ?? "-")")) }
        let client = UpstreamClient(timeout: 30, certificateAuthorities: TestTLS.certificateFile)
        defer { client.close() }
        let answer = try await send(upstream.baseURL + "/scheme", with: client).get()
        #expect(String(decoding: answer.body, as: UTF8.self) == "https \(upstream.baseURL)")
    }

    @Test func theRecorderForwardsToAnHTTPSUpstreamAndRecordsItsURL() async throws {
        let upstream = try Self.secureUpstream()
        let folder = try TemporaryFolder()
        let har = folder.file("secure.har")
        let recorder = try Proxies.recorder(upstream.baseURL, file: har, certificateAuthorities: TestTLS.certificateFile)
        let live = try await TestClient.get(recorder.baseURL + "/people/7")
        recorder.stop()
        #expect(live.status == 200)
        #expect(live.text == #"{"path":"/people/7"}"#)
        let entry = try #require(try HARDocument(contentsOf: har).log.entries.first)
        #expect(entry.request.url == upstream.baseURL + "/people/7")
    }
}
