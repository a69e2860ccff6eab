import Testing
import UnderstudyCore

@testable import ContractTesting

@Suite struct MatcherWriterTests {
    @Test(arguments: [
        Matcher.equality, .regex("\\d+"), .type(min: 1, max: 5), .type(min: nil, max: nil), .include("x"), .integer, .decimal,
        .number, .boolean, .null, .date(format: "yyyy"), .time(format: nil), .timestamp(format: "HH:mm"), .values,
        .contentType("image/png"), .notEmpty, .semver, .statusCode(.success), .statusCode(.codes([201])),
        .eachKey(rules: [.regex("a")], example: "k"), .eachValue(rules: [.integer], example: nil),
        .arrayContains([ArrayContainsVariant(index: 0, rules: [RulePath.root: RuleGroup([.type(min: nil, max: nil)])])]),
    ])
    func writesWhatTheReaderReadsBack(_ matcher: Matcher) throws {
        let json = MatcherWriter.json(matcher)
        #expect(json["match"] == .string(matcher.name))
        #expect(try MatcherReader.matcher(JSONCursor(root: json, file: nil)) == matcher)
    }

    @Test func writesGroupsWithCombine() {
        #expect(MatcherWriter.json(RuleGroup([.integer], combine: .or)) == ["combine": "OR", "matchers": [["match": "integer"]]])
    }
}
