import Testing
@testable import ContractTesting

@Suite struct MismatchDiffTests {
    @Test func numbersMismatchesAndShowsBothSides() {
        let lines = MismatchDiff.render([
            PactMismatch(category: .status, expected: "200", actual: "404", reason: "Expected status 200 but received 404"),
            PactMismatch(category: .body, path: "$.name", expected: "'Jan'", actual: "'Piet'", reason: "Expected 'Jan' but received 'Piet'"),
            PactMismatch(category: .header, path: "X-Id", reason: "Expected header 'X-Id' but it was missing"),
        ])
        #expect(lines == [
            "1) status: Expected status 200 but received 404",
            "   - expected: 200",
            "   + actual:   404",
            "2) body $.name: Expected 'Jan' but received 'Piet'",
            "   - expected: 'Jan'",
            "   + actual:   'Piet'",
            "3) header X-Id: Expected header 'X-Id' but it was missing",
        ])
    }
}
