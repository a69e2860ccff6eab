import Testing

@testable import ContractTesting

@Suite struct PathTextTests {
    @Test func usesDotsForPlainNamesAndBracketsOtherwise() {
        #expect(PathText.appending("Content-Type", to: "$.headers") == "$.headers.Content-Type")
        #expect(PathText.appending("@id", to: "$.a") == "$.a.@id")
        #expect(PathText.appending("x y", to: "$") == "$['x y']")
        #expect(PathText.appending("2", to: "$") == "$['2']")
        #expect(PathText.appending("a.b", to: "$") == "$['a.b']")
        #expect(PathText.appending(index: 3, to: "$.a") == "$.a[3]")
    }
}
