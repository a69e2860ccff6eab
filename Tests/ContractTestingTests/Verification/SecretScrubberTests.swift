import MicroHTTP
import Testing
@testable import ContractTesting

@Suite struct SecretScrubberTests {
    @Test func hidesExtraHeaderValuesAndCredentials() {
        let scrubber = SecretScrubber(
            extraHeaders: ["X-Api-Key": "k3y-value"], sentHeaders: ["Authorization": "Bearer s3cret-token", "Accept": "application/json"])
        #expect(scrubber.scrub("key k3y-value, auth Bearer s3cret-token, token s3cret-token, accept application/json")
            == "key ****, auth ****, token ****, accept application/json")
    }

    @Test func leavesShortValuesAlone() {
        #expect(SecretScrubber(extraHeaders: ["X-Flag": "on"]).scrub("on and on") == "on and on")
    }
}
