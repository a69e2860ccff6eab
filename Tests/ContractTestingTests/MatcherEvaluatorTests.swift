import Testing
import UnderstudyCore

@testable import ContractTesting

@Suite struct MatcherEvaluatorTests {
    private func passes(
        _ matcher: Matcher, _ expected: JSONValue?, _ actual: JSONValue, textual: Bool = false, cascaded: Bool = false
    ) -> Bool {
        MatcherEvaluator.check(matcher, expected: expected, actual: actual, textual: textual, cascaded: cascaded) == nil
    }

    @Test func equalityComparesNumbersByValue() {
        #expect(passes(.equality, 1, 1.0))
        #expect(!passes(.equality, "a", "b"))
    }

    @Test func regexMustMatchTheWholeText() {
        #expect(passes(.regex("\\d+"), nil, "123"))
        #expect(passes(.regex("[0-9]"), nil, 4))
        #expect(!passes(.regex("\\d+"), nil, "12a"))
        #expect(!passes(.regex("alligator named .{4}"), nil, "alligator named brent"))
        #expect(
            MatcherEvaluator.check(.regex("("), expected: nil, actual: "x", textual: false, cascaded: false)
                == "Invalid regular expression '('")
    }

    @Test func typeComparesKindsAndBoundsArrays() {
        #expect(passes(.type(min: nil, max: nil), 1, 2.5))
        #expect(!passes(.type(min: nil, max: nil), "1", 1))
        #expect(passes(.type(min: nil, max: nil), "a", "b", textual: true))
        #expect(!passes(.type(min: 2, max: nil), [1], [1]))
        #expect(!passes(.type(min: nil, max: 1), [1], [1, 2]))
        #expect(passes(.type(min: 2, max: nil), [1], [1], cascaded: true))
    }

    @Test func includeLooksForTheSubstring() {
        #expect(passes(.include("gat"), nil, "alligator"))
        #expect(!passes(.include("x"), nil, "alligator"))
    }

    @Test func numericMatchersTellIntegersAndDecimalsApart() {
        #expect(passes(.integer, nil, 4))
        #expect(!passes(.integer, nil, 4.0))
        #expect(!passes(.integer, nil, "4"))
        #expect(passes(.integer, nil, "-4", textual: true))
        #expect(passes(.decimal, nil, 4.5))
        #expect(!passes(.decimal, nil, 4))
        #expect(passes(.decimal, nil, "4.50", textual: true))
        #expect(passes(.number, nil, 4))
        #expect(passes(.number, nil, 4.5))
        #expect(!passes(.number, nil, "4"))
        #expect(passes(.number, nil, "1e3", textual: true))
    }

    @Test func booleanAndNull() {
        #expect(passes(.boolean, nil, true))
        #expect(passes(.boolean, nil, "false"))
        #expect(!passes(.boolean, nil, 1))
        #expect(passes(.null, nil, nil))
        #expect(!passes(.null, nil, ""))
    }

    @Test func datesTimesAndTimestampsUseJavaFormats() {
        #expect(passes(.date(format: "yyyy-MM-dd"), nil, "2024-02-29"))
        #expect(!passes(.date(format: "yyyy-MM-dd"), nil, "2024-13-01"))
        #expect(passes(.date(format: nil), nil, "2024-02-29"))
        #expect(passes(.time(format: "HH:mm"), nil, "23:59"))
        #expect(!passes(.time(format: nil), nil, "24:00"))
        #expect(passes(.timestamp(format: "yyyy-MM-dd'T'HH:mm:ss.SSSXXX"), nil, "2015-06-10T20:41:37.123+02:00"))
        #expect(passes(.timestamp(format: nil), nil, "2015-06-10T20:41:37Z"))
        #expect(!passes(.timestamp(format: nil), nil, 20_150_610))
    }

    @Test func collectionMatchersOnALeafCompareTypes() {
        #expect(passes(.values, "a", "b"))
        #expect(!passes(.eachValue(rules: [], example: nil), "a", 1))
    }

    @Test func contentTypeDetectsTheActualContent() {
        #expect(passes(.contentType("application/json"), nil, "{\"a\":1}"))
        #expect(!passes(.contentType("application/xml"), nil, "plain words"))
    }

    @Test func notEmptyRejectsNullAndEmptyValues() {
        for empty: JSONValue in [nil, "", [], [:]] { #expect(!passes(.notEmpty, nil, empty)) }
        #expect(passes(.notEmpty, nil, "x"))
        #expect(passes(.notEmpty, nil, 0))
    }

    @Test func semverFollowsSemverOrg() {
        for version: JSONValue in ["1.0.0", "0.1.2-alpha.1+build.5", "10.20.30"] { #expect(passes(.semver, nil, version)) }
        for version: JSONValue in ["1.0", "01.0.0", "1.0.0-"] { #expect(!passes(.semver, nil, version)) }
    }

    @Test func statusCodeChecksClassesAndLists() {
        #expect(passes(.statusCode(.success), nil, 204))
        #expect(!passes(.statusCode(.success), nil, 302))
        #expect(passes(.statusCode(.codes([200, 201])), nil, 201))
        #expect(
            MatcherEvaluator.check(.statusCode(.clientError), expected: nil, actual: 500, textual: false, cascaded: false)
                == "Expected status 500 to be a clientError status")
    }

    @Test func groupsCombineWithAndOrOr() {
        let either = RuleGroup([.null, .integer], combine: .or)
        #expect(MatcherEvaluator.evaluate(either, expected: 1, actual: nil, textual: false, cascaded: false).isEmpty)
        #expect(MatcherEvaluator.evaluate(either, expected: 1, actual: "x", textual: false, cascaded: false).count == 1)
        let both = RuleGroup([.regex("\\d+"), .include("9")])
        #expect(
            MatcherEvaluator.evaluate(both, expected: nil, actual: "12", textual: false, cascaded: false)
                == ["Expected '12' to include '9'"])
    }

    @Test func collectionChecksSkipCascadedLeafMatchers() {
        let group = RuleGroup([.regex("x")])
        #expect(MatcherEvaluator.evaluateCollection(group, expected: [1], actual: [2], cascaded: true).isEmpty)
        #expect(MatcherEvaluator.evaluateCollection(group, expected: [1], actual: [2], cascaded: false).count == 1)
        #expect(MatcherEvaluator.evaluateCollection(RuleGroup([.notEmpty]), expected: [1], actual: [], cascaded: true).count == 1)
    }
}
