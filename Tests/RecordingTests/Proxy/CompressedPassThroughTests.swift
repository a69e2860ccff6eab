import Foundation
import MicroHTTP
import Stubbing
import Testing
import UnderstudyCore
@testable import Recording

/// Compressed answers reach the client as the upstream sent them, while the HAR holds them
/// decoded and replay serves them decoded (issue #6).
@Suite struct CompressedPassThroughTests {
    /// An upstream that gzips `/people` when the request accepts gzip, always gzips `/always`,
    /// and answers `/brotli` in a coding the recorder cannot undo.
    private static func upstream() throws -> TestUpstream {
        try TestUpstream { request in
            let acceptsGzip = request.headers["Accept-Encoding"]?.contains("gzip") == true
            switch request.path {
            case "/people" where !acceptsGzip:
                return .respond(.json(Data(Compressed.json.utf8)))
            case "/people", "/always":
                return .respond(HTTPResponse(
                    status: 200, headers: ["Content-Type": "application/json", "Content-Encoding": "gzip", "Vary": "Accept-Encoding"],
                    body: Compressed.gzip))
            default:
                let headers: HTTPHeaders = ["Content-Type": "text/plain", "Content-Encoding": "br"]
                return .respond(HTTPResponse(status: 200, headers: headers, body: Compressed.brotli))
            }
        }
    }

    @Test func gzipReachesTheClientByteForByteTheHARHoldsItDecodedAndReplayAndStubsServeItDecoded() async throws {
        let upstream = try Self.upstream()
        let folder = try TemporaryFolder()
        let har = folder.file("gzip.har")
        let recorder = try Proxies.recorder(upstream.baseURL, file: har)
        let live = try await TestClient.get(recorder.baseURL + "/people", headers: ["Accept-Encoding": "gzip"])
        recorder.stop()
        #expect(live.body == Compressed.gzip)
        #expect(live.headers["Content-Encoding"] == "gzip")
        #expect(upstream.requests.map { $0.headers["Accept-Encoding"] } == ["gzip"])

        let response = try #require(try HARDocument(contentsOf: har).log.entries.first).response
        #expect(response.content.text == Compressed.json)
        #expect(response.content.encoding == nil)
        #expect(response.content.size == Compressed.json.utf8.count)
        #expect(response.bodySize == Compressed.gzip.count)
        #expect(response.content.compression == Compressed.json.utf8.count - Compressed.gzip.count)
        #expect(response.header("Content-Encoding") == "gzip")
        #expect(response.statusText == "OK")

        let replay = try Proxies.replay([har])
        defer { replay.stop() }
        let replayed = try await TestClient.get(replay.baseURL + "/people", headers: ["Accept-Encoding": "gzip"])
        #expect(replayed.text == Compressed.json)
        #expect(replayed.headers["Content-Encoding"] == nil)

        let stubs = folder.file("stubs")
        try StubCompiler(profile: .stubs).compile([HARSource(contentsOf: har)]).write(to: stubs)
        let served = HTTPServer(configuration: .init(port: 0), handler: try StubServer(directory: stubs).handle)
        try served.start()
        defer { served.stop() }
        let stubbed = try await TestClient.get(served.baseURL + "/people", headers: ["Accept-Encoding": "gzip"])
        #expect(stubbed.text == Compressed.json)
        #expect(stubbed.headers["Content-Encoding"] == nil)
    }

    @Test func aClientSendingNoAcceptEncodingGetsWhatTheUpstreamChoosesToSend() async throws {
        let upstream = try Self.upstream()
        let folder = try TemporaryFolder()
        let recorder = try Proxies.recorder(upstream.baseURL, file: folder.file("plain.har"))
        defer { recorder.stop() }
        let plain = try await TestClient.get(recorder.baseURL + "/people")
        #expect(plain.text == Compressed.json)
        #expect(plain.headers["Content-Encoding"] == nil)
        #expect(upstream.requests.first?.headers.contains("Accept-Encoding") == false)
        let zipped = try await TestClient.get(recorder.baseURL + "/always")
        #expect(zipped.body == Compressed.gzip)
        #expect(zipped.headers["Content-Encoding"] == "gzip")
    }

    @Test func aCodingTheRecorderCannotUndoIsRecordedAsItCameAndReplayedByteForByte() async throws {
        let upstream = try Self.upstream()
        let folder = try TemporaryFolder()
        let har = folder.file("brotli.har")
        let recorder = try Proxies.recorder(upstream.baseURL, file: har)
        let live = try await TestClient.get(recorder.baseURL + "/brotli", headers: ["Accept-Encoding": "br"])
        recorder.stop()
        #expect(live.body == Compressed.brotli)
        #expect(live.headers["Content-Encoding"] == "br")

        let response = try #require(try HARDocument(contentsOf: har).log.entries.first).response
        #expect(response.content.encoding == "base64")
        #expect(response.content.data == Compressed.brotli)
        #expect(response.content.compression == nil)
        #expect(response.header("Content-Encoding") == "br")

        let replay = try Proxies.replay([har])
        defer { replay.stop() }
        let replayed = try await TestClient.get(replay.baseURL + "/brotli", headers: ["Accept-Encoding": "br"])
        #expect(replayed.body == Compressed.brotli)
        #expect(replayed.headers["Content-Encoding"] == "br")
    }
}
