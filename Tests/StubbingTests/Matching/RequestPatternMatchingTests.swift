import UnderstudyCore
import MicroHTTP
import Stubbing
import Testing

@Suite struct RequestPatternMatchingTests {
    func matches(_ pattern: String, _ request: HTTPRequest) throws -> Bool {
        try requestPattern(pattern).match(request).isExactMatch
    }

    @Test func methodMustBeEqualUnlessAny() throws {
        #expect(try matches(#"{"method": "GET"}"#, request("GET", "/")))
        #expect(try !matches(#"{"method": "GET"}"#, request("POST", "/")))
        #expect(try !matches(#"{"method": "GET"}"#, request("get", "/")))
        #expect(try matches(#"{"method": "ANY"}"#, request("DELETE", "/")))
        #expect(try matches(#"{}"#, request("PATCH", "/x?y=1")))
    }

    @Test func urlIsThePathAndQueryExactlyAsSent() throws {
        let pattern = #"{"url": "/v2/contacts?expand=owner"}"#
        #expect(try matches(pattern, request("GET", "/v2/contacts?expand=owner")))
        #expect(try !matches(pattern, request("GET", "/v2/contacts")))
        #expect(try !matches(pattern, request("GET", "/v2/contacts?expand=owner&x=1")))
        #expect(try matches(#"{"url": "/a%20b"}"#, request("GET", "/a%20b")))
        #expect(try !matches(#"{"url": "/a b"}"#, request("GET", "/a%20b")))
    }

    @Test func urlPathIgnoresTheQuery() throws {
        #expect(try matches(#"{"urlPath": "/v2/contacts"}"#, request("GET", "/v2/contacts?expand=owner")))
        #expect(try matches(#"{"urlPath": "/v2/contacts"}"#, request("GET", "/v2/contacts")))
        #expect(try !matches(#"{"urlPath": "/v2/contacts"}"#, request("GET", "/v2/contacts/1")))
        #expect(try matches(#"{"urlPath": "/a%40b"}"#, request("GET", "/a%40b?x")))
    }

    @Test func urlPatternMatchesPathAndQueryWhole() throws {
        let pattern = #"{"urlPattern": "/v2/contacts\\?page=[0-9]+"}"#
        #expect(try matches(pattern, request("GET", "/v2/contacts?page=2")))
        #expect(try !matches(pattern, request("GET", "/v2/contacts?page=2&x=1")))
        #expect(try !matches(pattern, request("GET", "/api/v2/contacts?page=2")))
    }

    @Test func urlPathPatternMatchesThePathWhole() throws {
        let pattern = #"{"urlPathPattern": "/v2/contacts/[0-9]+"}"#
        #expect(try matches(pattern, request("GET", "/v2/contacts/42?x=1")))
        #expect(try !matches(pattern, request("GET", "/v2/contacts/42/notes")))
    }

    @Test func urlPathTemplateGivesDecodedPathParameters() throws {
        let pattern = try requestPattern(#"{"urlPathTemplate": "/v2/contacts/{contactId}", "pathParameters": {"contactId": {"matches": "[0-9]+"}}}"#)
        let result = pattern.match(request("GET", "/v2/contacts/42?expand=owner"))
        #expect(result.isExactMatch)
        #expect(result.pathParameters == ["contactId": "42"])
        let rejected = pattern.match(request("GET", "/v2/contacts/abc"))
        #expect(!rejected.isExactMatch)
        #expect(rejected.mismatches == [
            Mismatch(part: .pathParameter("contactId"), expected: #"matches "[0-9]+""#, actual: #""abc""#,
                reason: "does not match the regular expression")
        ])
        let encoded = try requestPattern(#"{"urlPathTemplate": "/users/{email}"}"#).match(request("GET", "/users/a%40b.nl"))
        #expect(encoded.pathParameters == ["email": "a@b.nl"])
    }

    @Test func templateThatDoesNotFitAlsoFailsItsPathParameters() throws {
        let pattern = try requestPattern(#"{"urlPathTemplate": "/a/{id}", "pathParameters": {"id": {"equalTo": "1"}}}"#)
        let result = pattern.match(request("GET", "/b/1"))
        #expect(result.mismatches.map(\.part) == [.url])
        #expect(result.pathParameters.isEmpty)
    }

    @Test func queryParametersAreDecodedAndAnyValueMayMatch() throws {
        let pattern = #"{"queryParameters": {"name": {"equalTo": "Ada Lovelace"}}}"#
        #expect(try matches(pattern, request("GET", "/?name=Ada+Lovelace")))
        #expect(try matches(pattern, request("GET", "/?name=x&name=Ada%20Lovelace")))
        #expect(try !matches(pattern, request("GET", "/?name=Ada")))
        #expect(try !matches(pattern, request("GET", "/")))
        #expect(try matches(#"{"queryParameters": {"debug": {"absent": true}}}"#, request("GET", "/?x=1")))
        #expect(try !matches(#"{"queryParameters": {"debug": {"absent": true}}}"#, request("GET", "/?debug")))
        #expect(try matches(#"{"queryParameters": {"id": {"hasExactly": [{"equalTo": "1"}, {"equalTo": "2"}]}}}"#,
            request("GET", "/?id=2&id=1")))
    }

    @Test func headerNamesIgnoreCase() throws {
        let pattern = #"{"headers": {"Accept": {"contains": "json"}}}"#
        #expect(try matches(pattern, request("GET", "/", headers: ["accept": "application/json"])))
        #expect(try matches(pattern, request("GET", "/", headers: ["Accept": "text/html", "ACCEPT": "application/json"])))
        #expect(try !matches(pattern, request("GET", "/", headers: ["Accept": "text/html"])))
        #expect(try !matches(pattern, request("GET", "/")))
        #expect(try matches(#"{"headers": {"X-Debug": {"absent": true}}}"#, request("GET", "/")))
        #expect(try matches(#"{"headers": {"X-Tag": {"includes": [{"equalTo": "a"}]}}}"#,
            request("GET", "/", headers: ["X-Tag": "b", "x-tag": "a"])))
    }

    @Test func cookiesAreMatchedByName() throws {
        let pattern = #"{"cookies": {"session": {"matches": "s-[0-9]+"}}}"#
        #expect(try matches(pattern, request("GET", "/", headers: ["Cookie": "theme=dark; session=s-42"])))
        #expect(try !matches(pattern, request("GET", "/", headers: ["Cookie": "session=abc"])))
        #expect(try !matches(pattern, request("GET", "/")))
        #expect(try matches(#"{"cookies": {"session": {"absent": true}}}"#, request("GET", "/", headers: ["Cookie": "a=b"])))
    }

    @Test func formParametersAreDecodedFromTheBody() throws {
        let pattern = #"{"method": "POST", "formParameters": {"grant_type": {"equalTo": "client_credentials"}, "scope": {"contains": "read write"}}}"#
        let headers: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded"]
        #expect(try matches(pattern, request("POST", "/token", headers: headers, body: "grant_type=client_credentials&scope=read+write+admin")))
        #expect(try !matches(pattern, request("POST", "/token", headers: headers, body: "grant_type=password&scope=read+write")))
        #expect(try !matches(pattern, request("POST", "/token", headers: headers, body: "")))
    }

    @Test func everyBodyPatternMustMatch() throws {
        let pattern = #"{"bodyPatterns": [{"matchesJsonPath": "$.email"}, {"matchesJsonPath": {"expression": "$.age", "matches": "[0-9]+"}}]}"#
        #expect(try matches(pattern, request("POST", "/", body: #"{"email":"a@b","age":3}"#)))
        #expect(try !matches(pattern, request("POST", "/", body: #"{"email":"a@b","age":"x"}"#)))
        #expect(try !matches(pattern, request("POST", "/", body: "")))
        #expect(try matches(#"{"bodyPatterns": [{"absent": true}]}"#, request("POST", "/")))
    }

    @Test func basicAuthCredentialsCheckTheAuthorizationHeader() throws {
        let pattern = try requestPattern(#"{"basicAuthCredentials": {"username": "ada", "password": "s3cret"}}"#)
        let good = BasicAuthCredentials(username: "ada", password: "s3cret").authorizationHeader
        #expect(good == "Basic YWRhOnMzY3JldA==")
        #expect(pattern.match(request("GET", "/", headers: ["Authorization": good])).isExactMatch)
        #expect(pattern.match(request("GET", "/", headers: ["authorization": "basic YWRhOnMzY3JldA=="])).isExactMatch)
        let wrongPassword = BasicAuthCredentials(username: "ada", password: "nope").authorizationHeader
        #expect(pattern.match(request("GET", "/", headers: ["Authorization": wrongPassword])).mismatches == [
            Mismatch(part: .basicAuth, expected: #"username "ada" and its password"#, actual: #"username "ada""#, reason: "wrong password")
        ])
        let wrongUser = BasicAuthCredentials(username: "bob", password: "s3cret").authorizationHeader
        #expect(pattern.match(request("GET", "/", headers: ["Authorization": wrongUser])).mismatches.first?.reason == "different username")
        #expect(pattern.match(request("GET", "/", headers: ["Authorization": "Bearer x"])).mismatches.first?.reason
            == "not Basic credentials")
        #expect(pattern.match(request("GET", "/")).mismatches.first?.actual == "(absent)")
    }

    @Test func mismatchesNameThePartExpectationFindingAndReason() throws {
        let pattern = try requestPattern(#"""
            {"method": "GET", "urlPath": "/v2/contacts",
             "queryParameters": {"expand": {"equalTo": "owner"}},
             "headers": {"Authorization": {"matches": "Bearer .+"}, "Accept": {"equalTo": "application/json"}},
             "cookies": {"session": {"equalTo": "1"}},
             "formParameters": {"x": {"equalTo": "1"}},
             "bodyPatterns": [{"equalToJson": {"email": "ada@example.com"}}]}
            """#)
        let result = pattern.match(request("POST", "/v2/contact?expand=owners",
            headers: ["Authorization": "Basic YWRhOnMzY3JldA==", "Accept": "text/html"], body: #"{"email":"bob@example.com"}"#))
        #expect(!result.isExactMatch)
        #expect(result.mismatches.map(\.description) == [
            #"method: expected GET, found POST (different method)"#,
            #"url: expected urlPath "/v2/contacts", found "/v2/contact" (different path)"#,
            #"header "Accept": expected equalTo "application/json", found "text/html" (not equal)"#,
            #"header "Authorization": expected matches "Bearer .+", found "Basic ****" (does not match the regular expression)"#,
            #"query "expand": expected equalTo "owner", found "owners" (not equal)"#,
            #"form "x": expected equalTo "1", found (absent) (missing)"#,
            #"cookie "session": expected equalTo "1", found (absent) (missing)"#,
            #"body: expected equalToJson {"email":"ada@example.com"}, found "{\"email\":\"bob@example.com\"}" ($.email: expected "ada@example.com", found "bob@example.com")"#,
        ])
    }

    @Test func mismatchReasonsExplainJSONPathAndCase() throws {
        let pattern = try requestPattern(#"{"headers": {"X-Mode": {"equalTo": "Fast"}}, "bodyPatterns": [{"matchesJsonPath": "$.tags[?(@ == 'vip')]"}]}"#)
        let result = pattern.match(request("POST", "/", headers: ["X-Mode": "fast"], body: #"{"tags":[]}"#))
        #expect(result.mismatches.map(\.reason) == ["differs in letter case", "$.tags[?(@ == 'vip')] finds an empty array"])
        let notJSON = pattern.match(request("POST", "/", headers: ["X-Mode": "Fast"], body: "{oops"))
        #expect(notJSON.mismatches.map(\.reason) == ["not JSON (invalid JSON at line 1, column 2: expected a member name in quotes)"])
    }

    @Test func exactMatchHasZeroDistanceAndNoMismatches() throws {
        let result = try requestPattern(#"{"method": "GET", "urlPath": "/a", "headers": {"A": {"equalTo": "1"}}}"#)
            .match(request("GET", "/a", headers: ["A": "1"]))
        #expect(result == RequestMatch(isExactMatch: true, distance: 0))
    }

    @Test func urlAndMethodWeighMoreThanOtherParts() throws {
        let pattern = try requestPattern(#"{"method": "GET", "urlPath": "/abcdef", "headers": {"A": {"equalTo": "1"}}}"#)
        let wrongHeader = pattern.match(request("GET", "/abcdef", headers: ["A": "2"])).distance
        let wrongMethod = pattern.match(request("POST", "/abcdef", headers: ["A": "1"])).distance
        let wrongURL = pattern.match(request("GET", "/zzzzzz", headers: ["A": "1"])).distance
        #expect(0 < wrongHeader && wrongHeader < wrongMethod && wrongMethod < wrongURL && wrongURL <= 1)
        let everythingWrong = pattern.match(request("POST", "/zzzzzz")).distance
        #expect(everythingWrong > wrongURL)
    }
}
