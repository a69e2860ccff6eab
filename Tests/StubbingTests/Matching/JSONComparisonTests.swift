import Testing
import UnderstudyCore

@testable import Stubbing

@Suite struct JSONComparisonTests {
    let strict = JSONComparison(ignoreArrayOrder: false, ignoreExtraElements: false)
    let lenient = JSONComparison(ignoreArrayOrder: true, ignoreExtraElements: true)

    @Test func equalDocumentsMatchWhateverTheMemberOrder() throws {
        #expect(strict.matches(expected: try json(#"{"a":1,"b":{"c":[true,null]}}"#), actual: try json(#"{"b":{"c":[true,null]},"a":1}"#)))
    }

    @Test func numbersCompareByValue() {
        #expect(strict.matches(expected: 1, actual: 1.0))
        #expect(!strict.matches(expected: 1, actual: "1"))
    }

    @Test func extraMembersAndElementsOnlyPassWhenIgnored() {
        #expect(!strict.matches(expected: ["a": 1], actual: ["a": 1, "b": 2]))
        #expect(lenient.matches(expected: ["a": 1], actual: ["a": 1, "b": 2]))
        #expect(!strict.matches(expected: [1, 2], actual: [1, 2, 3]))
        #expect(JSONComparison(ignoreArrayOrder: false, ignoreExtraElements: true).matches(expected: [1, 2], actual: [1, 2, 3]))
        #expect(!JSONComparison(ignoreArrayOrder: false, ignoreExtraElements: true).matches(expected: [1, 2], actual: [2, 1, 3]))
    }

    @Test func arrayOrderOnlyMattersWhenNotIgnored() {
        let unordered = JSONComparison(ignoreArrayOrder: true, ignoreExtraElements: false)
        #expect(!strict.matches(expected: [1, 2], actual: [2, 1]))
        #expect(unordered.matches(expected: [1, 2], actual: [2, 1]))
        #expect(!unordered.matches(expected: [1, 1], actual: [1, 2]))
    }

    @Test func unorderedArraysPairElementsOneToOne() {
        // A greedy pairing would give the first expected element the first actual one and fail.
        let expected: JSONValue = [["a": 1], ["a": 1, "b": 2]]
        let actual: JSONValue = [["a": 1, "b": 2], ["a": 1, "c": 3]]
        #expect(lenient.matches(expected: expected, actual: actual))
    }

    @Test func missingMembersFailEvenWhenExtrasAreIgnored() {
        #expect(!lenient.matches(expected: ["a": 1, "b": 2], actual: ["a": 1]))
        #expect(lenient.distance(expected: ["a": 1, "b": 2], actual: ["a": 1]) == 0.5)
    }

    @Test func distanceIsTheShareThatDiffers() {
        #expect(strict.distance(expected: ["a": 1, "b": 2, "c": 3, "d": 4], actual: ["a": 1, "b": 2, "c": 3, "d": 5]) == 0.25)
        #expect(strict.distance(expected: "x", actual: ["x"]) == 1)
    }

    @Test func firstDifferenceNamesThePath() throws {
        #expect(strict.firstDifference(expected: try json(#"{"a":{"b":[1,2]}}"#), actual: try json(#"{"a":{"b":[1,3]}}"#))
            == "$.a.b[1]: expected 2, found 3")
        #expect(strict.firstDifference(expected: ["email": "x"], actual: [:]) == "$.email is missing")
        #expect(strict.firstDifference(expected: [:], actual: ["odd key": 1]) == "$['odd key'] is not expected")
        #expect(strict.firstDifference(expected: [1], actual: [1, 2]) == "$: expected 1 elements, found 2")
        #expect(lenient.firstDifference(expected: ["tags": ["vip"]], actual: ["tags": ["x"]]) == #"$.tags: no element matches "vip""#)
        #expect(strict.firstDifference(expected: ["a": 1], actual: ["a": 1.0]) == nil)
    }
}
