import Testing

@testable import ContractTesting

@Suite struct PactMismatchTests {
    @Test func describesCategoryPathAndReason() {
        #expect(
            PactMismatch(category: .body, path: "$.a[0]", reason: "Expected 1 but received 2").description
                == "body $.a[0]: Expected 1 but received 2")
        #expect(
            PactMismatch(category: .method, reason: "Expected method GET but received POST").description
                == "method: Expected method GET but received POST")
    }

    @Test func valuesAreShownReadably() {
        #expect(ValueText.describe("x") == "'x'")
        #expect(ValueText.describe(["a": 1]) == #"{"a":1}"#)
        #expect(ValueText.shorten(String(repeating: "a", count: 200)).count == 120)
    }
}
