import Foundation
import MicroHTTP
import Testing
import UnderstudyCore

@testable import ContractTesting

@Suite struct ObservedRequestTests {
    @Test func decodesAServerRequest() {
        let request = HTTPRequest(method: "GET", target: "/a%20b?x=1&x=2&y=a+b", headers: ["Accept": "text/plain"])
        let observed = ObservedRequest(request)
        #expect(observed.path == "/a b")
        #expect(observed.query == ["x": ["1", "2"], "y": ["a b"]])
        #expect(observed.headers["accept"] == "text/plain")
    }

    @Test func buildsTheWireFormOfAnExample() {
        let example = PactRequest(method: "PUT", path: "/x", query: ["q": ["1"]], headers: ["X-List": ["a", "b"]], body: .json(["a": 1]))
        let observed = ObservedRequest(example: example)
        #expect(observed.headers.values(for: "X-List") == ["a", "b"])
        #expect(observed.headers["Content-Type"] == "application/json")
        #expect(observed.body == Data(#"{"a":1}"#.utf8))
    }

    @Test func convertsResponses() {
        let observed = ObservedResponse(HTTPResponse.text("hi", status: 201))
        #expect(observed.status == 201)
        #expect(observed.body == Data("hi".utf8))
        let example = ObservedResponse(example: PactResponse(status: 404, headers: ["Content-Type": ["text/plain"]], body: .text("no")))
        #expect(example.headers.values(for: "Content-Type") == ["text/plain"])
    }
}
