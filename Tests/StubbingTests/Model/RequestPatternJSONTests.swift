import Stubbing
import Testing

@Suite struct RequestPatternJSONTests {
    @Test func readsEveryField() throws {
        let pattern = try requestPattern(#"""
            {"method": "POST", "urlPathTemplate": "/v2/contacts/{id}",
             "pathParameters": {"id": {"matches": "[0-9]+"}},
             "queryParameters": {"expand": {"equalTo": "owner"}},
             "headers": {"Accept": {"contains": "json"}},
             "cookies": {"session": {"absent": true}},
             "formParameters": {"x": {"hasExactly": [{"equalTo": "1"}]}},
             "bodyPatterns": [{"equalToJson": {"a": 1}}],
             "basicAuthCredentials": {"username": "ada", "password": "pw"}}
            """#)
        #expect(pattern.method == "POST")
        #expect(pattern.url == .urlPathTemplate(try PathTemplate("/v2/contacts/{id}")))
        #expect(pattern.pathParameters == ["id": .matches(RegexPattern("[0-9]+")!)])
        #expect(pattern.queryParameters == ["expand": .single(.equalTo("owner", caseInsensitive: false))])
        #expect(pattern.headers == ["Accept": .single(.contains("json"))])
        #expect(pattern.cookies == ["session": .absent])
        #expect(pattern.formParameters == ["x": .hasExactly([.equalTo("1", caseInsensitive: false)])])
        #expect(pattern.bodyPatterns == [.equalToJson(["a": 1], ignoreArrayOrder: false, ignoreExtraElements: false)])
        #expect(pattern.basicAuthCredentials == BasicAuthCredentials(username: "ada", password: "pw"))
    }

    @Test func eachURLKindIsRead() throws {
        #expect(try requestPattern(#"{"url": "/a?b=1"}"#).url == .url("/a?b=1"))
        #expect(try requestPattern(#"{"urlPath": "/a"}"#).url == .urlPath("/a"))
        #expect(try requestPattern(#"{"urlPattern": "/a.*"}"#).url == .urlPattern(RegexPattern("/a.*")!))
        #expect(try requestPattern(#"{"urlPathPattern": "/a.*"}"#).url == .urlPathPattern(RegexPattern("/a.*")!))
        #expect(try requestPattern(#"{}"#).url == .any)
        #expect(try requestPattern(#"{}"#).method == "ANY")
    }

    @Test func urlMatchersDescribeThemselves() throws {
        #expect(URLMatcher.any.description == "any URL")
        #expect(try requestPattern(#"{"urlPathTemplate": "/a/{id}"}"#).url.description == #"urlPathTemplate "/a/{id}""#)
        #expect(try requestPattern(#"{"urlPattern": "/a.*"}"#).url.description == #"urlPattern "/a.*""#)
    }

    @Test(arguments: [
        (#"{"method": "get"}"#, "$.request.method", #"must be an upper-case HTTP method such as GET, or ANY, found "get""#),
        (#"{"method": {"oneOf": ["GET", "PUT"]}}"#, "$.request.method",
            "WireMock's oneOf/noneOf method sets are not supported by Understudy; use one method or ANY"),
        (#"{"url": "/a", "urlPath": "/a"}"#, "$.request",
            "has url and urlPath; give only one of url, urlPath, urlPattern, urlPathPattern, urlPathTemplate"),
        (#"{"urlPath": "v2/x"}"#, "$.request.urlPath", #"must start with '/', found "v2/x""#),
        (#"{"urlPath": 3}"#, "$.request.urlPath", "must be a string, found 3"),
        (#"{"urlPattern": "/a("}"#, "$.request.urlPattern", #"invalid regular expression "/a(""#),
        (#"{"urlPathTemplate": "/a/{id"}"#, "$.request.urlPathTemplate", #"invalid path template "/a/{id": '{' without a matching '}'"#),
        (#"{"urlPath": "/a", "pathParameters": {"id": {"equalTo": "1"}}}"#, "$.request.pathParameters",
            "needs a urlPathTemplate whose variables it constrains"),
        (#"{"urlPathTemplate": "/a/{id}", "pathParameters": {"ident": {"equalTo": "1"}}}"#, "$.request.pathParameters.ident",
            #""ident" is not a variable of the template "/a/{id}""#),
        (#"{"queryParameters": {"expand": {"equalTo": 1}}}"#, "$.request.queryParameters.expand.equalTo", "must be a string, found 1"),
        (#"{"queryParameters": ["expand"]}"#, "$.request.queryParameters", "must be an object, found array"),
        (#"{"headers": {"Accept": "json"}}"#, "$.request.headers.Accept", #"must be an object, found "json""#),
        (#"{"cookies": {"s": {"includes": [{"equalTo": "a"}]}}}"#, "$.request.cookies.s.includes",
            #""includes" can only be used for query parameters, headers and form parameters"#),
        (#"{"bodyPatterns": {"equalTo": "x"}}"#, "$.request.bodyPatterns", "must be an array of matchers, found object"),
        (#"{"basicAuthCredentials": {"username": "ada"}}"#, "$.request.basicAuthCredentials", #"needs "password""#),
        (#"{"basicAuthCredentials": {"username": "ada", "password": "x", "realm": "y"}}"#,
            "$.request.basicAuthCredentials.realm", #"unknown field "realm""#),
        (#"{"urlpath": "/a"}"#, "$.request.urlpath", #"unknown field "urlpath"; did you mean "urlPath"?"#),
        (#"{"host": "example.com"}"#, "$.request.host", #"WireMock's "host" is not supported by Understudy"#),
        (#"{"multipartPatterns": []}"#, "$.request.multipartPatterns", #"WireMock's "multipartPatterns" is not supported by Understudy"#),
    ])
    func brokenRequestsAreReportedWhereTheyAre(request: String, path: String, reason: String) throws {
        #expect(try validationError(#"{"request": \#(request)}"#) == StubValidationError(path: path, reason: reason))
    }

    @Test func standaloneInitReportsPathsFromTheRequestObject() throws {
        #expect(throws: StubValidationError(path: "$.urlPath", reason: "must be a string, found 3")) {
            try requestPattern(#"{"urlPath": 3}"#)
        }
    }
}
