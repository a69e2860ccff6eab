import Testing

@testable import ContractTesting

@Suite struct PactSpecificationTests {
    @Test(arguments: [("1.0.0", PactSpecification.v1), ("2.0.0", .v2), ("3.0.0", .v3), ("4.0", .v4), ("4", .v4)])
    func readsVersionStrings(_ text: String, _ version: PactSpecification) {
        #expect(PactSpecification(versionString: text) == version)
    }

    @Test func rejectsUnknownVersionsAndOrdersKnownOnes() {
        #expect(PactSpecification(versionString: "5.0") == nil)
        #expect(PactSpecification(versionString: "x") == nil)
        #expect(PactSpecification.v3 < .v4)
        #expect(PactSpecification.v4.description == "V4")
    }
}
