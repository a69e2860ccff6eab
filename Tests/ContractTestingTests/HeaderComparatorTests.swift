import UnderstudyCore
import MicroHTTP
import Testing

@testable import ContractTesting

@Suite struct HeaderComparatorTests {
    private func compare(_ expected: [String: [String]], _ actual: HTTPHeaders, rules: MatchingRules = MatchingRules()) -> [PactMismatch] {
        HeaderComparator.compare(expected: expected, actual: actual, rules: rules)
    }

    @Test func namesIgnoreCaseAndExtraHeadersAreFine() {
        #expect(compare(["Accept": ["alligators"]], ["ACCEPT": "alligators", "X-Extra": "1"]).isEmpty)
    }

    @Test func missingHeadersAndDifferentValuesAreReported() {
        #expect(compare(["Accept": ["a"]], [:]).map(\.description) == ["header Accept: Expected header 'Accept' but it was missing"])
        #expect(compare(["Accept": ["a"]], ["Accept": "A"]).count == 1)
    }

    @Test func commaSeparatedValuesCompareAsOrderedLists() {
        #expect(compare(["Accept": ["alligators,hippos"]], ["Accept": "alligators, hippos"]).isEmpty)
        #expect(compare(["Accept": ["alligators, hippos"]], ["Accept": "hippos, alligators"]).count == 1)
        #expect(compare(["Cache-Control": ["no-cache", "no-store"]], ["Cache-Control": "no-cache, no-store"]).isEmpty)
        #expect(compare(["X-List": ["a, b"]], HTTPHeaders([.init(name: "X-List", value: "a"), .init(name: "X-List", value: "b")])).isEmpty)
    }

    @Test func datesAreNotSplitOnCommas() {
        #expect(compare(["Date": ["Tue, 15 Nov 1994 08:12:31 GMT"]], ["Date": "Tue, 15 Nov 1994 08:12:31 GMT"]).isEmpty)
    }

    @Test func contentTypeAndAcceptCompareAsMediaTypes() {
        #expect(compare(["Content-Type": ["application/json"]], ["Content-Type": "application/json; charset=UTF-8"]).isEmpty)
        #expect(
            compare(["Accept": ["application/json;charset=utf-8, text/plain"]], ["Accept": "application/json; charset=UTF-8, text/plain"])
                .isEmpty)
        #expect(
            compare(["Content-Type": ["application/json; charset=UTF-16"]], ["Content-Type": "application/json; charset=UTF-8"]).count == 1)
    }

    @Test func rulesApplyToEachActualValue() {
        let rules = MatchingRules(header: ["authorization": RuleGroup([.regex("Bearer .+")])])
        #expect(compare(["Authorization": ["Bearer abc"]], ["Authorization": "Bearer xyz"], rules: rules).isEmpty)
        #expect(
            compare(["Authorization": ["Bearer abc"]], ["Authorization": "Basic xyz"], rules: rules).map(\.description)
                == ["header Authorization: Header 'Authorization': Expected 'Basic xyz' to match the regular expression 'Bearer .+'"])
    }
}
