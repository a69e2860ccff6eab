import Testing

@testable import Stubbing

@Suite struct EditDistanceTests {
    @Test func countsSingleCharacterEdits() {
        #expect(EditDistance.distance(Array("kitten"), Array("sitting")) == 3)
        #expect(EditDistance.distance(Array(""), Array("abc")) == 3)
        #expect(EditDistance.distance(Array("same"), Array("same")) == 0)
    }

    @Test func normalizedDistanceRunsFromZeroToOne() {
        #expect(EditDistance.normalized("", "") == 0)
        #expect(EditDistance.normalized("abc", "abc") == 0)
        #expect(EditDistance.normalized("abc", "xyz") == 1)
        #expect(EditDistance.normalized("owner", "owners") == 1.0 / 6.0)
    }

    @Test func veryLongUnequalTextsScoreOne() {
        let long = String(repeating: "a", count: 2000)
        #expect(EditDistance.normalized(long, long + "b") == 1)
        #expect(EditDistance.normalized(long, long) == 0)
    }

    @Test func suggestsCloseCandidatesOnly() {
        let fields = ["urlPath", "urlPattern", "queryParameters"]
        #expect(EditDistance.suggestion(for: "urlpath", among: fields) == "urlPath")
        #expect(EditDistance.suggestion(for: "queryParams", among: fields) == "queryParameters")
        #expect(EditDistance.suggestion(for: "banana", among: fields) == nil)
    }
}
