import Testing

@testable import LoketConnector

@Suite struct LoketEnvironmentTests {
    @Test func readsTheSettingInAnyCase() {
        #expect(LoketEnvironment(setting: "Production") == .production)
        #expect(LoketEnvironment(setting: " production ") == .production)
        #expect(LoketEnvironment(setting: "Acceptance") == .acceptance)
        #expect(LoketEnvironment(setting: "ACCEPTATION") == .acceptance)
        #expect(LoketEnvironment(setting: "Test") == nil)
    }

    @Test func namesLoketsHosts() {
        #expect(LoketEnvironment.production.apiBaseURL.absoluteString == "https://api.loket.nl")
        #expect(LoketEnvironment.production.tokenURL.absoluteString == "https://oauth.loket.nl/token")
        #expect(LoketEnvironment.acceptance.apiBaseURL.absoluteString == "https://api.loket-acc.nl")
        #expect(LoketEnvironment.acceptance.tokenURL.absoluteString == "https://oauth.loket-acc.nl/token")
    }
}
