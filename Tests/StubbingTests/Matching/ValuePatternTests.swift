import Stubbing
import Testing

@Suite struct ValuePatternTests {
    @Test func equalToIsExactAndCaseSensitiveByDefault() throws {
        let pattern = try valuePattern(#"{"equalTo": "owner"}"#)
        #expect(pattern.match("owner").isExactMatch)
        #expect(!pattern.match("Owner").isExactMatch)
        #expect(!pattern.match("owners").isExactMatch)
        #expect(!pattern.match(nil).isExactMatch)
    }

    @Test func equalToDistanceGrowsWithDifference() throws {
        let pattern = try valuePattern(#"{"equalTo": "owner"}"#)
        #expect(pattern.match("owner").distance == 0)
        #expect(pattern.match("owners").distance < pattern.match("xyz").distance)
        #expect(pattern.match(nil).distance == 1)
    }

    @Test func equalToCaseInsensitive() throws {
        let pattern = try valuePattern(#"{"equalTo": "Owner", "caseInsensitive": true}"#)
        #expect(pattern.match("oWNER").isExactMatch)
        #expect(!pattern.match("owners").isExactMatch)
    }

    @Test func containsAndDoesNotContain() throws {
        let contains = try valuePattern(#"{"contains": "vip"}"#)
        #expect(contains.match("a vip b").isExactMatch)
        #expect(!contains.match("VIP").isExactMatch)
        #expect(!contains.match(nil).isExactMatch)
        let doesNotContain = try valuePattern(#"{"doesNotContain": "vip"}"#)
        #expect(doesNotContain.match("regular").isExactMatch)
        #expect(!doesNotContain.match("a vip b").isExactMatch)
        #expect(doesNotContain.match(nil).isExactMatch)
    }

    @Test func matchesIsAnchoredAndDoesNotMatchIsItsOpposite() throws {
        let matches = try valuePattern(#"{"matches": "Bearer .+"}"#)
        #expect(matches.match("Bearer abc").isExactMatch)
        #expect(!matches.match("xBearer abc").isExactMatch)
        #expect(!matches.match("Bearer ").isExactMatch)
        #expect(!matches.match(nil).isExactMatch)
        let doesNotMatch = try valuePattern(#"{"doesNotMatch": "[0-9]+"}"#)
        #expect(doesNotMatch.match("12a").isExactMatch)
        #expect(!doesNotMatch.match("123").isExactMatch)
        #expect(doesNotMatch.match(nil).isExactMatch)
    }

    @Test func absentOnlyMatchesMissingValues() throws {
        let pattern = try valuePattern(#"{"absent": true}"#)
        #expect(pattern.match(nil).isExactMatch)
        #expect(!pattern.match("").isExactMatch)
    }

    @Test func equalToJsonAcceptsInlineJSONAndJSONText() throws {
        let inline = try valuePattern(#"{"equalToJson": {"a": 1, "b": [1, 2]}}"#)
        let text = try valuePattern(#"{"equalToJson": "{\"a\": 1, \"b\": [1, 2]}"}"#)
        for pattern in [inline, text] {
            #expect(pattern.match(#"{"b":[1,2],"a":1.0}"#).isExactMatch)
            #expect(!pattern.match(#"{"a":1,"b":[2,1]}"#).isExactMatch)
            #expect(!pattern.match(#"{"a":1,"b":[1,2],"c":3}"#).isExactMatch)
            #expect(!pattern.match("not json").isExactMatch)
            #expect(!pattern.match(nil).isExactMatch)
        }
    }

    @Test func equalToJsonOptions() throws {
        let pattern = try valuePattern(#"{"equalToJson": {"a": 1, "b": [1, 2]}, "ignoreArrayOrder": true, "ignoreExtraElements": true}"#)
        #expect(pattern.match(#"{"a":1,"b":[2,3,1],"c":3}"#).isExactMatch)
        #expect(!pattern.match(#"{"a":2,"b":[1,2]}"#).isExactMatch)
        let partial = pattern.match(#"{"a":1,"b":[5,6]}"#)
        #expect(!partial.isExactMatch && partial.distance > 0 && partial.distance < 1)
    }

    @Test func matchesJsonPathAloneNeedsANonEmptyResult() throws {
        let pattern = try valuePattern(#"{"matchesJsonPath": "$.tags[?(@ == 'vip')]"}"#)
        #expect(pattern.match(#"{"tags":["a","vip"]}"#).isExactMatch)
        #expect(!pattern.match(#"{"tags":["a"]}"#).isExactMatch)
        #expect(!pattern.match("<xml/>").isExactMatch)
        #expect(!pattern.match(nil).isExactMatch)
        let definite = try valuePattern(#"{"matchesJsonPath": "$.owner"}"#)
        #expect(definite.match(#"{"owner":"ada"}"#).isExactMatch)
        #expect(definite.match(#"{"owner":false}"#).isExactMatch)
        #expect(!definite.match(#"{"owner":null}"#).isExactMatch)
        #expect(!definite.match(#"{"owner":{}}"#).isExactMatch)
        #expect(!definite.match(#"{"owner":[]}"#).isExactMatch)
        #expect(!definite.match(#"{"other":1}"#).isExactMatch)
    }

    @Test func matchesJsonPathWithSubMatcher() throws {
        let equal = try valuePattern(#"{"matchesJsonPath": {"expression": "$.name", "equalTo": "Ada"}}"#)
        #expect(equal.match(#"{"name":"Ada"}"#).isExactMatch)
        #expect(!equal.match(#"{"name":"Bob"}"#).isExactMatch)
        #expect(!equal.match(#"{}"#).isExactMatch)
        let number = try valuePattern(#"{"matchesJsonPath": {"expression": "$.id", "matches": "[0-9]+"}}"#)
        #expect(number.match(#"{"id":42}"#).isExactMatch)
        let anyElement = try valuePattern(#"{"matchesJsonPath": {"expression": "$.tags", "contains": "vi"}}"#)
        #expect(anyElement.match(#"{"tags":["a","vip"]}"#).isExactMatch)
        let object = try valuePattern(#"{"matchesJsonPath": {"expression": "$.owner", "contains": "\"id\":7"}}"#)
        #expect(object.match(#"{"owner":{"id":7,"n":"x"}}"#).isExactMatch)
        let json = try valuePattern(#"{"matchesJsonPath": {"expression": "$.owner", "equalToJson": {"id": 7}}}"#)
        #expect(json.match(#"{"owner":{"id":7}}"#).isExactMatch)
        #expect(!json.match(#"{"owner":{"id":8}}"#).isExactMatch)
        let absent = try valuePattern(#"{"matchesJsonPath": {"expression": "$.deleted", "absent": true}}"#)
        #expect(absent.match(#"{"name":"x"}"#).isExactMatch)
        #expect(!absent.match(#"{"deleted":true}"#).isExactMatch)
    }

    @Test func andNeedsAllOrNeedsOne() throws {
        let and = try valuePattern(#"{"and": [{"contains": "a"}, {"contains": "b"}]}"#)
        #expect(and.match("ab").isExactMatch)
        #expect(!and.match("a").isExactMatch)
        #expect(and.match("a").distance == 0.5)
        let or = try valuePattern(#"{"or": [{"equalTo": "a"}, {"absent": true}]}"#)
        #expect(or.match("a").isExactMatch)
        #expect(or.match(nil).isExactMatch)
        #expect(!or.match("b").isExactMatch)
    }

    @Test func notInvertsTheMatcher() throws {
        let pattern = try valuePattern(#"{"not": {"contains": "x"}}"#)
        #expect(pattern.match("abc").isExactMatch)
        #expect(!pattern.match("xyz").isExactMatch)
    }

    @Test(arguments: [
        (#"{"equalTo": "owner"}"#, #"equalTo "owner""#),
        (#"{"equalTo": "a", "caseInsensitive": true}"#, #"equalTo "a" (case-insensitive)"#),
        (#"{"contains": "a"}"#, #"contains "a""#),
        (#"{"doesNotContain": "a"}"#, #"doesNotContain "a""#),
        (#"{"matches": "a.*"}"#, #"matches "a.*""#),
        (#"{"doesNotMatch": "a.*"}"#, #"doesNotMatch "a.*""#),
        (#"{"absent": true}"#, "absent"),
        (#"{"equalToJson": {"a": 1}, "ignoreExtraElements": true}"#, #"equalToJson {"a":1} (ignoring extra elements)"#),
        (#"{"matchesJsonPath": "$.a"}"#, #"matchesJsonPath "$.a""#),
        (#"{"matchesJsonPath": {"expression": "$.a", "equalTo": "b"}}"#, #"matchesJsonPath "$.a" with equalTo "b""#),
        (#"{"and": [{"contains": "a"}, {"absent": true}]}"#, #"and(contains "a", absent)"#),
        (#"{"or": [{"contains": "a"}, {"absent": true}]}"#, #"or(contains "a", absent)"#),
        (#"{"not": {"absent": true}}"#, "not(absent)"),
    ])
    func describesItselfInWords(text: String, expected: String) throws {
        #expect(try valuePattern(text).description == expected)
    }
}
