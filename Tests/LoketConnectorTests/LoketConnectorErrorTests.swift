import Testing

@testable import LoketConnector

@Suite struct LoketConnectorErrorTests {
    @Test func speaksAsTheOriginalConnector() {
        #expect(LoketConnectorError.authenticationFailed(error: "invalid_grant").description == "Failed to Authenticate, message [invalid_grant]")
        #expect(LoketConnectorError.noAccessToken.description.hasPrefix("Failed to Authenticate"))
        #expect(LoketConnectorError.ambiguousEmployer(name: "A", count: 2).description == "Employer [A] is ambiguous: 2 employers have that company name")
        #expect(LoketConnectorError.unexpectedPage(path: "/v2/x", page: 3, reason: "why").description == "GET /v2/x page 3 is not a Loket list page: why")
    }
}
