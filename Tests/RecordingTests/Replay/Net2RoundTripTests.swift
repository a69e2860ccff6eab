import Foundation
import MicroHTTP
import Stubbing
import Testing
import UnderstudyCore
@testable import Recording

/// Record a Net2 session through the proxy, replay it, compile it to stubs and serve those: the
/// answers stay the same (tokens and near timestamps aside, which are redacted or templated).
@Suite struct Net2RoundTripTests {
    private static let calls: [(method: String, target: String, body: String?)] = [
        ("GET", "/api/v1/users/1012", nil),
        ("GET", "/api/v1/customquery/querydb?query=SELECT%20*%20FROM%20sdk.usersex%20WHERE%20field14_50=100234", nil),
        ("PUT", "/api/v1/users/1012", #"{"firstName":"Johannes","lastName":"Dijk"}"#),
        ("GET", "/api/v1/users/1012", nil),
        ("GET", "/api/v1/departments", nil),
        ("GET", "/api/v1/users/999999", nil),
    ]

    /// Runs the session against `base`: a token request, then ``calls`` with its bearer token.
    private func session(_ base: String) async throws -> (token: TestAnswer, answers: [TestAnswer]) {
        let token = try await TestClient.send(
            "POST", base + "/api/v1/authorization/tokens", headers: ["Content-Type": "application/x-www-form-urlencoded"],
            body: Net2Upstream.passwordGrant)
        let accessToken = try #require(try JSONValue(parsing: token.body)["access_token"]?.stringValue)
        var answers: [TestAnswer] = []
        for call in Self.calls {
            var headers = ["Authorization": "Bearer \(accessToken)"]
            if call.body != nil { headers["Content-Type"] = "application/json" }
            answers.append(try await TestClient.send(call.method, base + call.target, headers: headers, body: call.body))
        }
        return (token, answers)
    }

    @Test func recordThenReplayThenCompileAndServeGiveTheSameAnswers() async throws {
        let net2 = try Net2Upstream()
        let folder = try TemporaryFolder()
        let har = folder.file("net2-session.har")
        let recorder = try Proxies.recorder(net2.baseURL, file: har)
        let live = try await session(recorder.baseURL)
        recorder.stop()
        #expect(live.answers.map(\.status) == [200, 200, 200, 200, 200, 404])
        let liveToken = try JSONValue(parsing: live.token.body)
        let secret = try #require(liveToken["access_token"]?.stringValue)
        let harText = String(decoding: try Data(contentsOf: har), as: UTF8.self)
        #expect(!harText.contains(secret))
        #expect(!harText.contains(Net2Upstream.password))
        #expect(try HARDocument(contentsOf: har).log.entries.count == 7)

        let replay = try Proxies.replay([har], strict: true)
        let replayed = try await session(replay.baseURL)
        #expect(replayed.answers.map(\.essence) == live.answers.map(\.essence))
        let replayedToken = try JSONValue(parsing: replayed.token.body)
        #expect(replayedToken["access_token"] == "<redacted:access_token:1>")
        #expect(replayedToken["expiry_datetime"] == liveToken["expiry_datetime"])
        let repeated = try await TestClient.get(replay.baseURL + "/api/v1/users/1012")
        #expect(repeated.essence == live.answers[3].essence)
        #expect(replay.unrecordedCount == 0)
        replay.stop()

        let stubs = folder.file("stubs")
        try StubCompiler(profile: .stubs).compile([HARSource(contentsOf: har)]).write(to: stubs)
        let loaded = try StubDirectory(url: stubs).load()
        #expect(loaded.mappings.count == 7)
        let stubServer = try StubServer(directory: stubs)
        let served = HTTPServer(configuration: .init(port: 0), handler: stubServer.handle)
        try served.start()
        defer { served.stop() }
        let fromStubs = try await session(served.baseURL)
        #expect(fromStubs.answers.map(\.essence) == live.answers.map(\.essence))
        let stubToken = try JSONValue(parsing: fromStubs.token.body)
        #expect(stubToken["token_type"] == liveToken["token_type"])
        #expect(stubToken["access_token"]?.stringValue?.count == 32)
        let expiry = try #require(stubToken["expiry_datetime"]?.stringValue)
        #expect(TimestampShape(expiry) == TimestampShape(try #require(liveToken["expiry_datetime"]?.stringValue)))
    }
}
