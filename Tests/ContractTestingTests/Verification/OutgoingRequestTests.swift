import Foundation
import MicroHTTP
import Testing
@testable import ContractTesting

@Suite struct OutgoingRequestTests {
    @Test func joinsTheBaseURLPathAndEncodedQuery() throws {
        let example = PactRequest(method: "get", path: "/users/a b", query: ["q": ["x&y", "ä"], "a": ["1"]])
        let request = try #require(OutgoingRequest(example: example, baseURL: URL(string: "https://vendor.example/api/")!, extraHeaders: [:]))
        #expect(request.method == "GET")
        #expect(request.url.absoluteString == "https://vendor.example/api/users/a%20b?a=1&q=x%26y&q=%C3%A4")
        #expect(request.requestLine == "GET /api/users/a b?a=1&q=x%26y&q=%C3%A4")
    }

    @Test func extraHeadersReplaceTheExamplesAndTheBodyBringsItsType() throws {
        let example = PactRequest(
            method: "POST", path: "/tokens", headers: ["Authorization": ["Bearer example"], "Accept": ["application/json"]],
            body: .json(["a": 1]))
        let request = try #require(
            OutgoingRequest(example: example, baseURL: URL(string: "http://127.0.0.1:1")!, extraHeaders: ["authorization": "Bearer real"]))
        #expect(request.headers.values(for: "Authorization") == ["Bearer real"])
        #expect(request.headers["Accept"] == "application/json")
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(request.body == Data(#"{"a":1}"#.utf8))
    }
}
