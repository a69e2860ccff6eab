import Testing
import UnderstudyCore

@testable import ContractTesting

@Suite struct MatcherReaderTests {
    private func read(_ text: String) throws -> Matcher {
        try MatcherReader.matcher(JSONCursor(root: try JSONValue(parsing: text), file: nil))
    }

    @Test(arguments: [
        (#"{"match":"equality"}"#, Matcher.equality),
        (#"{"match":"regex","regex":"\\d+"}"#, .regex("\\d+")),
        (#"{"match":"type","min":1,"max":"3"}"#, .type(min: 1, max: 3)),
        (#"{"match":"min","min":2}"#, .type(min: 2, max: nil)),
        (#"{"match":"include","value":"abc"}"#, .include("abc")),
        (#"{"match":"integer"}"#, .integer), (#"{"match":"decimal"}"#, .decimal), (#"{"match":"number"}"#, .number),
        (#"{"match":"boolean"}"#, .boolean), (#"{"match":"null"}"#, .null), (#"{"match":"notEmpty"}"#, .notEmpty),
        (#"{"match":"semver"}"#, .semver), (#"{"match":"values"}"#, .values),
        (#"{"match":"date","format":"yyyy-MM-dd"}"#, .date(format: "yyyy-MM-dd")),
        (#"{"match":"time"}"#, .time(format: nil)),
        (#"{"match":"timestamp","timestamp":"yyyy"}"#, .timestamp(format: "yyyy")),
        (#"{"match":"datetime","format":"HH"}"#, .timestamp(format: "HH")),
        (#"{"match":"contentType","value":"image/png"}"#, .contentType("image/png")),
        (#"{"match":"statusCode","status":"clientError"}"#, .statusCode(.clientError)),
        (#"{"match":"statusCode","status":[200,204]}"#, .statusCode(.codes([200, 204]))),
        (
            #"{"match":"eachKey","rules":[{"match":"regex","regex":"[a-z]+"}],"value":"x"}"#,
            .eachKey(rules: [.regex("[a-z]+")], example: "x")
        ),
        (#"{"match":"eachValue","rules":[{"match":"type"}]}"#, .eachValue(rules: [.type(min: nil, max: nil)], example: nil)),
        (#"{"regex":"a+"}"#, .regex("a+")), (#"{"min":2}"#, .type(min: 2, max: nil)),
        (#"{"date":"dd/MM/yyyy"}"#, .date(format: "dd/MM/yyyy")),
    ])
    func readsEveryMatcherForm(_ json: String, _ expected: Matcher) throws {
        #expect(try read(json) == expected)
    }

    @Test func readsArrayContainsVariantsWithTheirRules() throws {
        let matcher = try read(#"{"match":"arrayContains","variants":[{"index":1,"rules":{"$.id":{"matchers":[{"match":"integer"}]}}}]}"#)
        #expect(matcher == .arrayContains([ArrayContainsVariant(index: 1, rules: [try RulePath("$.id"): RuleGroup([.integer])])]))
    }

    @Test func readsGroupsWithCombine() throws {
        let group = try MatcherReader.group(
            JSONCursor(root: try JSONValue(parsing: #"{"combine":"or","matchers":[{"match":"null"},{"match":"integer"}]}"#), file: nil))
        #expect(group == RuleGroup([.null, .integer], combine: .or))
    }

    @Test(arguments: [
        (#"{"match":"fuzzy"}"#, "$: unknown matcher 'fuzzy'"),
        (#"{"match":"regex"}"#, "$: missing required 'regex'"),
        (#"{"foo":1}"#, "$: matcher has no 'match' attribute"),
        (#"{"match":"statusCode","status":"teapot"}"#, "$.status: unknown status class 'teapot'"),
        (#"{"match":"type","min":"many"}"#, "$.min: expected an integer, found string"),
    ])
    func reportsWhereAndWhy(_ json: String, _ message: String) throws {
        let error = #expect(throws: PactLoadError.self) { try read(json) }
        #expect(error?.description == message)
    }
}
