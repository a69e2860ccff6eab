import Foundation
import MicroHTTP
import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct ConnectorHTTPClientTests {
    private func echoServer() throws -> TestServer {
        try TestServer { _, _ in .json(#"{"ok": true}"#) }
    }

    private func client(_ server: TestServer, path: String = "", authentication: ConnectorAuthentication = .none) -> ConnectorHTTPClient {
        ConnectorHTTPClient(baseURL: server.baseURL.appendingPathComponent(path), authentication: authentication, retryPolicy: .never)
    }

    @Test func sendsJSONBodiesWithTheirContentType() async throws {
        let server = try echoServer()
        defer { server.stop() }
        let body: JSONValue = ["FirstName": "Jan", "customFields": [["id": "9", "value": "jan@example.com"], nil]]
        let answer = try await client(server).json(.post("/api/v1/users", body: .json(body)))
        #expect(answer == ["ok": true])
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.path == "/api/v1/users")
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(try JSONValue(parsing: request.body) == body)
    }

    @Test func sendsFormBodiesPercentEncoded() async throws {
        let server = try echoServer()
        defer { server.stop() }
        let fields = [("username", "System engineer"), ("password", "p&ss=wörd+1"), ("grant_type", "password")]
        _ = try await client(server).send(.token("/api/v1/authorization/tokens", body: .form(fields.map { (name: $0.0, value: $0.1) })))
        let request = try #require(server.requests.first)
        #expect(request.headers["Content-Type"] == "application/x-www-form-urlencoded")
        #expect(request.formParameters.map { [$0.name, $0.value] } == fields.map { [$0.0, $0.1] })
    }

    @Test func sendsLoketsTextFormWithoutEncodingToAnAbsoluteURL() async throws {
        let server = try echoServer()
        defer { server.stop() }
        let body = ConnectorRequestBody.textForm([
            ("grant_type", "refresh_token"), ("client_id", "id"), ("client_secret", ""), ("refresh_token", "a/b+c="),
        ])
        let tokenURL = server.baseURL.absoluteString + "/token"
        _ = try await client(server, path: "v2").send(.token(tokenURL, body: body))
        let request = try #require(server.requests.first)
        #expect(request.path == "/token")
        #expect(request.headers["Content-Type"] == "text/plain")
        #expect(request.bodyText == "grant_type=refresh_token&client_id=id&client_secret=&refresh_token=a/b+c=")
    }

    @Test func keepsTheBasePathAndEncodesQueryValues() async throws {
        let server = try echoServer()
        defer { server.stop() }
        let sql = "SELECT * From sdk.departments WHERE departmentName='Sales & Co+1'"
        _ = try await client(server, path: "api/v1").send(.get("customquery/querydb", query: [("query", sql)]))
        let request = try #require(server.requests.first)
        #expect(request.path == "/api/v1/customquery/querydb")
        #expect(request.queryValues("query") == [sql])
    }

    @Test func sendsTheClientsCredentialsUnlessTheRequestBringsItsOwn() async throws {
        let server = try echoServer()
        defer { server.stop() }
        var client = client(server, authentication: .bearer("t0ken"))
        client.headers = ["Accept": "application/json", "X-Trace": "default"]
        _ = try await client.send(.get("/a"))
        _ = try await client.send(
            ConnectorRequest(.get, "/b", headers: ["x-trace": "mine"], authentication: .basic(username: "ada", password: "lovelace")))
        _ = try await client.send(ConnectorRequest(.get, "/c", authentication: .header(name: "X-Api-Key", value: "k-1")))
        _ = try await client.send(ConnectorRequest(.get, "/d", authentication: ConnectorAuthentication.none))
        let requests = server.requests
        #expect(requests[0].headers["Authorization"] == "Bearer t0ken")
        #expect(requests[0].headers["Accept"] == "application/json")
        #expect(requests[0].headers["X-Trace"] == "default")
        #expect(requests[1].headers["Authorization"] == "Basic YWRhOmxvdmVsYWNl")
        #expect(requests[1].headers.values(for: "X-Trace") == ["mine"])
        #expect(requests[2].headers["X-Api-Key"] == "k-1")
        #expect(requests[2].headers["Authorization"] == nil)
        #expect(requests[3].headers["Authorization"] == nil)
    }

    @Test func sendsABodyWithDelete() async throws {
        let server = try echoServer()
        defer { server.stop() }
        _ = try await client(server).send(.delete("/api/v1/users/1012", body: .json(["id": "1012"])))
        let request = try #require(server.requests.first)
        #expect(request.method == "DELETE")
        #expect(request.bodyText == #"{"id":"1012"}"#)
    }

    @Test func anErrorStatusThrowsWithTheVendorsMessage() async throws {
        let server = try TestServer { _, _ in .json(#"{"Message": "User not found."}"#, status: 404) }
        defer { server.stop() }
        let error = await #expect(throws: ConnectorHTTPError.self) {
            try await client(server, path: "api/v1").send(.get("users/5"))
        }
        #expect(error?.status == 404)
        #expect(error?.vendorMessage == "User not found.")
        #expect(error?.description == "GET \(server.baseURL.absoluteString)/api/v1/users/5 failed with HTTP 404: User not found.")
    }

    @Test func decodesAnswers() async throws {
        struct User: Decodable {
            var id: Int
            var firstName: String
        }
        let server = try TestServer { _, _ in .json(#"{"id": 1012, "firstName": "Jan"}"#) }
        defer { server.stop() }
        let user = try await client(server).decode(User.self, .get("/api/v1/users/1012"))
        #expect(user.id == 1012)
        #expect(user.firstName == "Jan")
    }

    @Test func aBrokenConnectionIsATransportError() async throws {
        let server = try TestServer(answer: { _, _ in .fault(.connectionResetByPeer) })
        defer { server.stop() }
        let error = await #expect(throws: ConnectorHTTPError.self) {
            try await client(server).send(.get("/ping"))
        }
        guard case .transport = error?.kind else {
            Issue.record("expected a transport error, got \(String(describing: error))")
            return
        }
        #expect(error?.status == nil)
    }

    @Test func anExchangeRunningPastItsTimeoutEnds() async throws {
        let server = try TestServer(answer: { _, _ in .deferred { _ in } })
        defer { server.stop() }
        let timeouts = SteppingClock()
        let client = ConnectorHTTPClient(baseURL: server.baseURL, timeout: .seconds(30), retryPolicy: .never, timeoutClock: timeouts)
        let (result, waits) = await timeouts.drive {
            try await client.send(ConnectorRequest(.get, "/slow", timeout: .seconds(5)))
        }
        #expect(waits == [.seconds(5)])
        #expect(
            throws: ConnectorHTTPError(
                kind: .transport("no answer within 5.0 seconds"), requestLine: "GET \(server.baseURL.absoluteString)/slow")
        ) {
            try result.get()
        }
    }
}
