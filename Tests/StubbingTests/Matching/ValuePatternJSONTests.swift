import Stubbing
import Testing

/// Matcher objects are checked where they are read; these cases go through `bodyPatterns[0]`.
@Suite struct ValuePatternJSONTests {
    @Test(arguments: [
        (#"{"equalto": "x"}"#, "$.request.bodyPatterns[0].equalto", #"unknown field "equalto"; did you mean "equalTo"?"#),
        (#"{}"#, "$.request.bodyPatterns[0]", "needs a matcher such as equalTo, contains, matches, absent, equalToJson or matchesJsonPath"),
        (#""x""#, "$.request.bodyPatterns[0]", "must be an object, found \"x\""),
        (#"{"equalTo": "a", "contains": "b"}"#, "$.request.bodyPatterns[0]",
            #"has several matchers (contains, equalTo); combine them with "and" or "or""#),
        (#"{"equalTo": 5}"#, "$.request.bodyPatterns[0].equalTo", "must be a string, found 5"),
        (#"{"equalTo": "a", "caseInsensitive": "yes"}"#, "$.request.bodyPatterns[0].caseInsensitive", #"must be true or false, found "yes""#),
        (#"{"contains": "a", "caseInsensitive": true}"#, "$.request.bodyPatterns[0].caseInsensitive", #"unknown field "caseInsensitive""#),
        (#"{"matches": "a("}"#, "$.request.bodyPatterns[0].matches", #"invalid regular expression "a(""#),
        (#"{"doesNotMatch": "[z"}"#, "$.request.bodyPatterns[0].doesNotMatch", #"invalid regular expression "[z""#),
        (#"{"absent": false}"#, "$.request.bodyPatterns[0].absent", #"must be true; to require a value use matches ".*""#),
        (#"{"equalToJson": "{oops"}"#, "$.request.bodyPatterns[0].equalToJson",
            "is not valid JSON text: invalid JSON at line 1, column 2: expected a member name in quotes"),
        (#"{"equalToJson": {}, "ignoreArrayOrder": 1}"#, "$.request.bodyPatterns[0].ignoreArrayOrder", "must be true or false, found 1"),
        (#"{"matchesJsonPath": "$.a["}"#, "$.request.bodyPatterns[0].matchesJsonPath",
            #"invalid JSONPath "$.a[" at position 4: expected an index, a slice, a quoted name, '*' or '?'"#),
        (#"{"matchesJsonPath": {"equalTo": "x"}}"#, "$.request.bodyPatterns[0].matchesJsonPath",
            #"needs an "expression" string next to its matcher"#),
        (#"{"matchesJsonPath": {"expression": "$.a", "equalTo": 1}}"#, "$.request.bodyPatterns[0].matchesJsonPath.equalTo",
            "must be a string, found 1"),
        (#"{"matchesJsonPath": 3}"#, "$.request.bodyPatterns[0].matchesJsonPath",
            #"must be a JSONPath string or an object with "expression" and a matcher, found 3"#),
        (#"{"and": [{"equalTo": "a"}]}"#, "$.request.bodyPatterns[0].and", "must be an array of at least two matchers, found array"),
        (#"{"or": [{"equalTo": "a"}, {"equalTo": 2}]}"#, "$.request.bodyPatterns[0].or[1].equalTo", "must be a string, found 2"),
        (#"{"not": {"bogus": 1}}"#, "$.request.bodyPatterns[0].not.bogus", #"unknown field "bogus""#),
        (#"{"equalToXml": "<a/>"}"#, "$.request.bodyPatterns[0].equalToXml", #"WireMock's "equalToXml" matcher is not supported by Understudy"#),
        (#"{"matchesJsonSchema": "{}", "schemaVersion": "V7"}"#, "$.request.bodyPatterns[0].matchesJsonSchema",
            #"WireMock's "matchesJsonSchema" matcher is not supported by Understudy"#),
        (#"{"hasExactly": [{"equalTo": "a"}]}"#, "$.request.bodyPatterns[0].hasExactly",
            #""hasExactly" can only be used for query parameters, headers and form parameters"#),
    ])
    func brokenMatchersAreReportedWhereTheyAre(matcher: String, path: String, reason: String) throws {
        let error = try validationError(#"{"request": {"bodyPatterns": [\#(matcher)]}}"#)
        #expect(error == StubValidationError(path: path, reason: reason))
    }

    @Test func multiValueMatchersAreCheckedToo() throws {
        #expect(try validationError(#"{"request": {"headers": {"X": {"includes": []}}}}"#)
            == StubValidationError(path: "$.request.headers.X.includes", reason: "must be a non-empty array of matchers, found array"))
        #expect(try validationError(#"{"request": {"headers": {"X": {"includes": [{"equalTo": "a"}], "equalTo": "b"}}}}"#)
            == StubValidationError(path: "$.request.headers.X", reason: "has several matchers (includes, equalTo); use one"))
        #expect(try validationError(#"{"request": {"queryParameters": {"q": {"hasExactly": [{"matches": "("}]}}}}"#)
            == StubValidationError(path: "$.request.queryParameters.q.hasExactly[0].matches", reason: #"invalid regular expression "(""#))
    }

    @Test func oddHeaderNamesAreQuotedInPaths() throws {
        #expect(try validationError(#"{"request": {"headers": {"X Odd's": {"equalTo": 1}}}}"#)?.path
            == #"$.request.headers['X Odd\'s'].equalTo"#)
    }
}
