import Foundation
import Testing

@testable import ConnectorRuntime

@Suite struct PreparedRequestTests {
    private let client = ConnectorHTTPClient(
        baseURL: URL(string: "https://tenant.helloid.com/api/v1/")!, authentication: .bearer("t"), headers: ["Accept": "application/json"],
        timeout: .seconds(30))

    @Test func joinsTheBaseURLAndPath() throws {
        let base = URL(string: "https://h/api/v1/")!
        #expect(PreparedRequest.target(base: base, path: "/users", query: []) == "https://h/api/v1/users")
        #expect(PreparedRequest.target(base: base, path: "users", query: [("a", "1 2")]) == "https://h/api/v1/users?a=1%202")
        #expect(PreparedRequest.target(base: base, path: "", query: []) == "https://h/api/v1")
        #expect(PreparedRequest.target(base: base, path: "http://oauth/token?x=1", query: [("y", "2")]) == "http://oauth/token?x=1&y=2")
    }

    @Test func resolvesHeadersBodyAndTimeout() throws {
        let prepared = try PreparedRequest(
            ConnectorRequest(
                .put, "users/5", headers: ["Content-Type": "application/json; charset=utf-8"], body: .json(["a": 1]), timeout: .seconds(5)),
            client: client)
        #expect(prepared.url.absoluteString == "https://tenant.helloid.com/api/v1/users/5")
        #expect(prepared.headers.map(\.name) == ["Accept", "Authorization", "Content-Type"])
        #expect(prepared.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(prepared.urlRequest.httpMethod == "PUT")
        #expect(prepared.urlRequest.httpBody == Data(#"{"a":1}"#.utf8))
        #expect(prepared.timeout == .seconds(5))
        #expect(prepared.secrets.contains("t"))
        #expect(prepared.requestLine == "PUT https://tenant.helloid.com/api/v1/users/5")
        #expect(try PreparedRequest(.get("users"), client: client).timeout == .seconds(30))
    }

    @Test func anImpossibleURLIsReportedWithoutItsQuery() {
        #expect(throws: ConnectorHTTPError(kind: .invalidURL, requestLine: "GET http://[::1/x")) {
            try PreparedRequest(.get("http://[::1/x", query: [("password", "p")]), client: client)
        }
    }
}
