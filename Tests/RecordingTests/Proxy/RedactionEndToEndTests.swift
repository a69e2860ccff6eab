import Foundation
import MicroHTTP
import Testing
import UnderstudyCore
@testable import Recording

/// Secrets sent and received in every place and encoding the recorder knows must not reach the
/// HAR file, the log, the compiled stubs or the contract.
@Suite struct RedactionEndToEndTests {
    private static let accessToken = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZGEifQ.sig-AT-7f3a9c"
    private static let refreshToken = "rt-issued-5c1e88a0d4"
    private static let configuredRefreshToken = "rt-configured-99b2f7"
    private static let clientSecret = "cs+Loket/Secret=2026"
    private static let basicPassword = "basic-pass-4411"
    private static let sessionCookie = "sess-0a9b8c7d6e"
    private static let apiKey = "ak-live-123456789"
    private static let queryKey = "q k+ey/&=value"
    private static let password = #"pa/ss"word-2026"#
    private static let apiSecret = "api-secret-xyz-314"
    private static let oauthCode = "code-abc-271828"
    private static let afasData = "D5R3A8C0FFEE5678ABCD"
    private static let afasXML = "<token><version>1</version><data>\(afasData)</data></token>"
    private static let basicCredentials = Data("client-7:\(basicPassword)".utf8).base64EncodedString()
    private static let afasHeader = Data(afasXML.utf8).base64EncodedString()

    /// Every secret, and the spellings it travels in.
    private static var forbidden: [String] {
        let secrets = [
            accessToken, refreshToken, configuredRefreshToken, clientSecret, basicPassword, sessionCookie, apiKey, queryKey,
            password, apiSecret, oauthCode, afasData, basicCredentials, afasHeader,
        ]
        return secrets + secrets.map(FormEncoding.escape) + secrets.map(SecretVariants.escapedForJSON)
    }

    /// An OAuth server and API that hands out and echoes secrets.
    private static func upstream() throws -> TestUpstream {
        try TestUpstream { request in
            switch request.path {
            case "/token":
                var response = HTTPResponse.json(Data(
                    #"{"access_token":"\#(accessToken)","refresh_token":"\#(refreshToken)","token_type":"bearer","expires_in":3599}"#.utf8))
                response.headers.add(name: "Set-Cookie", value: "session=\(sessionCookie); Path=/; HttpOnly")
                return .respond(response)
            case "/authorize":
                return .respond(HTTPResponse(status: 302, headers: ["Location": "https://app.example/callback?state=s1&code=\(oauthCode)"]))
            case "/profile":
                let audit = JSONValue.object(["seen": .string(request.headers["Authorization"] ?? "")]).serialized()
                let body = JSONValue.object(["name": "ada", "audit": .string(audit), "cookie": .string(request.headers["Cookie"] ?? "")])
                return .respond(.json(body.serializedData()))
            default:
                let echo = "\(request.target)\n\(request.headers.map { "\($0.name): \($0.value)" }.joined(separator: "\n"))\n\(request.bodyText)"
                return .respond(.text(echo))
            }
        }
    }

    @Test func noSecretReachesTheRecordingTheLogTheStubsOrTheContract() async throws {
        let upstream = try Self.upstream()
        let folder = try TemporaryFolder()
        let har = folder.file("secrets.har")
        let log = LogCapture()
        let recorder = try Proxies.recorder(upstream.baseURL, file: har, names: SecretNames(extraNames: ["X-Tenant-Key"]), logger: log.logger)
        let base = recorder.baseURL
        let loketForm = "grant_type=refresh_token&client_id=loket&client_secret=\(Self.clientSecret)&refresh_token=\(Self.configuredRefreshToken)"
        _ = try await TestClient.send("POST", base + "/token", headers: ["Content-Type": "text/plain"], body: loketForm)
        _ = try await TestClient.send(
            "POST", base + "/token", headers: ["Authorization": "Basic \(Self.basicCredentials)", "Content-Type": "application/x-www-form-urlencoded"],
            body: "grant_type=client_credentials")
        let redirect = try await TestClient.get(base + "/authorize?client_id=c&response_type=code")
        #expect(redirect.headers["Location"]?.contains(Self.oauthCode) == true)
        _ = try await TestClient.get(base + "/exchange?code=\(Self.oauthCode)&state=s1")
        let profile = try await TestClient.get(base + "/profile", headers: [
            "Authorization": "Bearer \(Self.accessToken)", "Cookie": "session=\(Self.sessionCookie); theme=dark",
            "X-Api-Key": Self.apiKey, "X-Tenant-Key": "tenant-key-0042",
        ])
        #expect(profile.text.contains(Self.accessToken))
        _ = try await TestClient.get(base + "/search?q=x&api_key=\(FormEncoding.escape(Self.queryKey))&page=2")
        let json = JSONValue.object([
            "user": "ada", "password": .string(Self.password),
            "nested": .string(JSONValue.object(["apiSecret": .string(Self.apiSecret)]).serialized()),
        ]).serialized()
        _ = try await TestClient.send("POST", base + "/echo", headers: ["Content-Type": "application/json"], body: json)
        _ = try await TestClient.get(base + "/afas", headers: ["Authorization": "AfasToken \(Self.afasHeader)"])
        _ = try await TestClient.send("POST", base + "/echo", headers: ["Content-Type": "text/plain"], body: "data=\(Self.afasData) pw=\(Self.password)")
        _ = try await TestClient.get(base + "/users/\(Self.refreshToken)/sessions")
        recorder.stop()

        let harText = String(decoding: try Data(contentsOf: har), as: UTF8.self)
        let document = try HARDocument(contentsOf: har)
        #expect(document.log.entries.count == 10)
        let compiled = folder.file("stubs")
        try StubCompiler(profile: .stubs).compile([HARSource(contentsOf: har)]).write(to: compiled)
        let stubsText = TemporaryFolder.text(under: compiled)
        let contract = String(decoding: try PactCompiler(consumer: "c", provider: "p").compile([HARSource(contentsOf: har)]).v4Data(), as: UTF8.self)
        for secret in Self.forbidden {
            #expect(!harText.contains(secret), "HAR holds \(secret)")
            #expect(!log.text.contains(secret), "log holds \(secret)")
            #expect(!stubsText.contains(secret), "stubs hold \(secret)")
            #expect(!contract.contains(secret), "contract holds \(secret)")
        }
        #expect(!harText.contains("tenant-key-0042"))
        #expect(log.text.contains("recorded"))

        let entries = document.log.entries
        let issued = try JSONValue(parsing: try #require(entries[0].response.content.text))
        #expect(entries[4].request.header("Authorization") == "Bearer \(issued["access_token"]?.stringValue ?? "?")")
        #expect(entries[2].response.redirectURL.contains("code=%3Credacted%3Acode%3A1%3E"))
        #expect(entries[3].request.url.contains("code=%3Credacted%3Acode%3A1%3E"))
        #expect(entries.allSatisfy { !$0.redactions.isEmpty })
        let summary = try JSONValueCoding.decode(RedactionSummary.self, from: try #require(document.log.extras["_redactions"]))
        #expect(summary.placeholders.contains { $0.placeholder == "<redacted:access_token:1>" && $0.occurrences >= 4 })
        #expect(summary.rules.contains("X-Tenant-Key"))

        let replay = try Proxies.replay([har])
        defer { replay.stop() }
        let replayed = try await TestClient.get(replay.baseURL + "/profile", headers: ["Authorization": "Bearer anything"])
        #expect(replayed.status == 200)
        #expect(replayed.text.contains("<redacted:access_token:1>"))
    }

    @Test func aSecretInsideAGzippedTokenResponseReachesTheClientButNeverTheRecording() async throws {
        let json = #"{"access_token":"\#(Self.accessToken)","token_type":"bearer"}"#
        let zipped = Gzip.stored(Data(json.utf8))
        let upstream = try TestUpstream { _ in
            .respond(HTTPResponse(status: 200, headers: ["Content-Type": "application/json", "Content-Encoding": "gzip"], body: zipped))
        }
        let folder = try TemporaryFolder()
        let har = folder.file("gzip-token.har")
        let recorder = try Proxies.recorder(upstream.baseURL, file: har)
        let token = try await TestClient.send(
            "POST", recorder.baseURL + "/token", headers: ["Accept-Encoding": "gzip"], body: "grant_type=client_credentials")
        recorder.stop()
        #expect(token.body == zipped)

        let harText = String(decoding: try Data(contentsOf: har), as: UTF8.self)
        let encodings = [zipped.base64EncodedString(), Data(json.utf8).base64EncodedString()]
        for form in [Self.accessToken, SecretVariants.escapedForJSON(Self.accessToken)] + encodings {
            #expect(!harText.contains(form), "HAR holds \(form)")
        }
        let content = try #require(try HARDocument(contentsOf: har).log.entries.first).response.content
        #expect(content.text == #"{"access_token":"<redacted:access_token:1>","token_type":"bearer"}"#)
        #expect(content.encoding == nil)
    }
}
