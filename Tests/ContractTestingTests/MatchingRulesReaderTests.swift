import Testing
import UnderstudyCore

@testable import ContractTesting

@Suite struct MatchingRulesReaderTests {
    private func read(_ text: String) throws -> MatchingRules {
        try MatchingRulesReader.read(JSONCursor(root: try JSONValue(parsing: text), file: nil))
    }

    @Test func readsV3Categories() throws {
        let rules = try read(
            """
            {"path": {"matchers": [{"match": "regex", "regex": "/a/\\\\d+"}]},
             "query": {"page": {"matchers": [{"match": "integer"}]}},
             "header": {"Authorization": {"matchers": [{"match": "regex", "regex": "Bearer .+"}], "combine": "AND"}},
             "body": {"$.id": {"matchers": [{"match": "integer"}]}},
             "status": {"matchers": [{"match": "statusCode", "status": "success"}]},
             "metadata": {"x": {"matchers": [{"match": "type"}]}}}
            """)
        #expect(rules.path == RuleGroup([.regex("/a/\\d+")]))
        #expect(rules.query["page"] == RuleGroup([.integer]))
        #expect(rules.header(named: "authorization") == RuleGroup([.regex("Bearer .+")]))
        #expect(rules.body[try RulePath("$.id")] == RuleGroup([.integer]))
        #expect(rules.status == RuleGroup([.statusCode(.success)]))
    }

    @Test func convertsV2FlatKeys() throws {
        let rules = try read(
            """
            {"$.body.animals": {"min": 1, "match": "type"}, "$.body": {"match": "type"},
             "$.headers.Content-Type": {"match": "regex", "regex": "application/json.*"},
             "$.headers['X-Trace Id']": {"regex": ".+"}, "$.query.page": {"regex": "\\\\d+"}, "$.path": {"regex": "/a/.*"}}
            """)
        #expect(rules.body[try RulePath("$.animals")] == RuleGroup([.type(min: 1, max: nil)]))
        #expect(rules.body[RulePath.root] == RuleGroup([.type(min: nil, max: nil)]))
        #expect(rules.header["Content-Type"] == RuleGroup([.regex("application/json.*")]))
        #expect(rules.header["X-Trace Id"] == RuleGroup([.regex(".+")]))
        #expect(rules.query["page"] == RuleGroup([.regex("\\d+")]))
        #expect(rules.path == RuleGroup([.regex("/a/.*")]))
    }

    @Test func acceptsPathStyleHeaderKeysAndNestedSingleGroups() throws {
        let rules = try read(
            """
            {"header": {"$['X-Id']": {"matchers": [{"match": "integer"}]}},
             "path": {"$": {"matchers": [{"match": "regex", "regex": "/x"}]}}}
            """
        )
        #expect(rules.header["X-Id"] == RuleGroup([.integer]))
        #expect(rules.path == RuleGroup([.regex("/x")]))
    }

    @Test func namesTheBadRuleInErrors() throws {
        #expect(throws: PactLoadError(jsonPath: "$.body['$.a[']", reason: "invalid rule path '$.a[': unclosed '['")) {
            try read(#"{"body": {"$.a[": {"matchers": [{"match": "type"}]}}}"#)
        }
        #expect(throws: PactLoadError(jsonPath: "$.body['$.a'].matchers[0]", reason: "unknown matcher 'nope'")) {
            try read(#"{"body": {"$.a": {"matchers": [{"match": "nope"}]}}}"#)
        }
    }
}
