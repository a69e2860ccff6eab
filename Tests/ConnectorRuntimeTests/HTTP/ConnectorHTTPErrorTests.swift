import Foundation
import MicroHTTP
import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct ConnectorHTTPErrorTests {
    private static let secrets = ["eyJhbGci.SECRET.sig", "hunter2!", "k-123456", "cl1ent-s3cret", "r3fresh/T0ken+1"]

    /// Every text of the error a caller might show or log.
    private func texts(_ error: ConnectorHTTPError) -> [String] {
        [error.description, error.requestLine, error.vendorMessage ?? "", error.responseText, String(describing: error)]
    }

    @Test func messagesCarryNoSecretEvenWhenTheVendorEchoesThem() async throws {
        let echo = "token eyJhbGci.SECRET.sig, password hunter2!, key k-123456, secret cl1ent-s3cret, refresh r3fresh%2FT0ken%2B1"
        let server = try TestServer { _, _ in .json(#"{"error": "invalid_grant", "error_description": "\#(echo)"}"#, status: 400) }
        defer { server.stop() }
        let client = ConnectorHTTPClient(baseURL: server.baseURL, authentication: .bearer(Self.secrets[0]), retryPolicy: .never)
        let request = ConnectorRequest(
            .post, "/token", query: [("api_key", Self.secrets[2]), ("filter", "active")],
            body: .form([
                ("username", "ada"), ("password", Self.secrets[1]), ("client_secret", Self.secrets[3]), ("refresh_token", Self.secrets[4]),
            ]))
        let error = try #require(await #expect(throws: ConnectorHTTPError.self) { try await client.send(request) })
        for text in texts(error) {
            for secret in Self.secrets + ["Bearer", "Authorization", "r3fresh%2FT0ken%2B1"] {
                #expect(!text.contains(secret), "\(secret) leaked into: \(text)")
            }
        }
        #expect(error.requestLine == "POST \(server.baseURL.absoluteString)/token?api_key=*****&filter=active")
        #expect(error.vendorMessage?.hasPrefix("invalid_grant: token *****, password *****") == true)
    }

    @Test func basicAndHeaderCredentialsAndJSONSecretsStayOutToo() async throws {
        let server = try TestServer { request, _ in
            .text(
                "denied: \(request.headers["Authorization"] ?? "") \(request.headers["X-Api-Key"] ?? "") \(request.bodyText)", status: 401)
        }
        defer { server.stop() }
        let basic = ConnectorHTTPClient(
            baseURL: server.baseURL, authentication: .basic(username: "ada", password: "hunter2!"), retryPolicy: .never)
        let keyed = ConnectorHTTPClient(
            baseURL: server.baseURL, authentication: .header(name: "X-Api-Key", value: "k-123456"), retryPolicy: .never)
        let mfa = ConnectorRequest.token(
            "/api/v1/authorization/mfa-challenge", body: .json(["challengeToken": "ch4llenge", "code": "918273"]))
        for (client, request) in [(basic, ConnectorRequest.get("/a")), (keyed, .get("/b")), (basic, mfa)] {
            let error = try #require(await #expect(throws: ConnectorHTTPError.self) { try await client.send(request) })
            for text in texts(error) {
                for secret in ["hunter2!", "YWRhOmh1bnRlcjIh", "k-123456", "ch4llenge", "918273"] {
                    #expect(!text.contains(secret), "\(secret) leaked into: \(text)")
                }
            }
            #expect(error.status == 401)
        }
    }

    @Test func describesEachKindOfFailure() {
        #expect(ConnectorHTTPError(kind: .status(503), requestLine: "GET http://h/x").description == "GET http://h/x failed with HTTP 503")
        #expect(
            ConnectorHTTPError(kind: .transport("host not found"), requestLine: "GET http://h/x", attempts: 2).description
                == "GET http://h/x failed: host not found (after 2 attempts)")
        #expect(ConnectorHTTPError(kind: .invalidURL, requestLine: "GET http://h/a b").description == "GET http://h/a b is not a valid URL")
        #expect(
            ConnectorHTTPError(kind: .unreadableBody("bad"), requestLine: "GET http://h/x").description
                == "GET http://h/x returned a body that could not be read: bad")
    }

    @Test func namesCommonNetworkFailures() {
        #expect(ConnectorHTTPError.transportReason(URLError(.cannotConnectToHost), timeout: .seconds(1)) == "could not connect to the host")
        #expect(ConnectorHTTPError.transportReason(URLError(.timedOut), timeout: .seconds(3)) == "no answer within 3.0 seconds")
        #expect(ConnectorHTTPError.transportReason(URLError(.badServerResponse), timeout: .seconds(1)) == "network error -1011")
    }
}
