import Foundation
import MicroHTTP
import Testing
import UnderstudyCore

@testable import ContractTesting

@Suite struct PactMatcherTests {
    private let request = PactRequest(
        method: "POST", path: "/v2/contacts/42", query: ["expand": ["owner"]], headers: ["Content-Type": ["application/json"]],
        body: .json(["name": "Ada"]),
        matchingRules: MatchingRules(
            path: RuleGroup([.regex("/v2/contacts/\\d+")]),
            body: [RulePath.root.appendingForTest("name"): RuleGroup([.type(min: nil, max: nil)])])
    )

    @Test func matchesAServerRequest() {
        let actual = HTTPRequest(
            method: "post", target: "/v2/contacts/7?expand=owner", headers: ["Content-Type": "application/json"],
            body: Data(#"{"name":"Grace"}"#.utf8))
        #expect(PactMatcher.matchRequest(expected: request, actual: actual).isEmpty)
    }

    @Test func reportsEveryCategory() {
        let actual = HTTPRequest(method: "GET", target: "/v3/contacts?expand=owner&x=1", body: Data(#"{"name":1,"extra":true}"#.utf8))
        let categories = PactMatcher.matchRequest(expected: request, actual: actual).map(\.category)
        #expect(categories == [.method, .path, .query, .header, .body, .body])
    }

    @Test func responsesUseStatusRules() {
        let expected = PactResponse(status: 200, matchingRules: MatchingRules(status: RuleGroup([.statusCode(.success)])))
        #expect(PactMatcher.matchResponse(expected: expected, actual: HTTPResponse(status: 204)).isEmpty)
        #expect(
            PactMatcher.matchResponse(expected: expected, actual: HTTPResponse(status: 404)).map(\.description)
                == ["status: Expected status 404 to be a success status"])
        #expect(
            PactMatcher.matchResponse(expected: PactResponse(status: 201), actual: HTTPResponse(status: 200)).map(\.description)
                == ["status: Expected status 201 but received 200"])
    }

    @Test func responsesAllowExtraKeys() {
        let expected = PactResponse(headers: ["Content-Type": ["application/json"]], body: .json(["id": 42]))
        let actual = HTTPResponse.json(Data(#"{"id":42,"name":"Ada"}"#.utf8))
        #expect(PactMatcher.matchResponse(expected: expected, actual: actual).isEmpty)
    }
}

extension RulePath {
    /// `self` followed by a field, for building rules in tests.
    func appendingForTest(_ field: String) -> RulePath { RulePath(tokens: tokens + [.field(field)]) }
}
