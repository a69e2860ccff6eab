import Foundation
import MicroHTTP
import Synchronization
import Testing
import UnderstudyCore
@testable import Stubbing

@Suite struct AdminAPISettingsTests {
    private let stubs: StubServer

    init() throws {
        stubs = try StubServer(options: .init(clock: ManualClock(), settings: GlobalSettings(fixedDelay: 5)))
    }

    private func admin(_ method: String, _ body: String = "") -> HTTPResponse {
        stubs.handle(request(method, "/__admin/settings", body: body)).immediate
    }

    @Test func answersTheSettingsTheServerStartedWith() {
        #expect(admin("GET").json == ["settings": ["fixedDelay": 5]])
    }

    @Test func postAndPutReplaceTheSettings() {
        let posted = admin("POST", #"{"delayDistribution": {"type": "uniform", "lower": 10, "upper": 30}}"#)
        #expect(posted.status == 200)
        #expect(stubs.settings == GlobalSettings(delayDistribution: .uniform(lower: 10, upper: 30)))
        #expect(admin("PUT", #"{"settings": {"fixedDelay": 7}}"#).json == ["settings": ["fixedDelay": 7]])
        #expect(admin("GET").json == ["settings": ["fixedDelay": 7]])
    }

    @Test func patchKeepsWhatTheBodyDoesNotSet() {
        #expect(admin("PATCH", #"{"delayDistribution": {"type": "fixed", "milliseconds": 3}}"#).status == 200)
        #expect(stubs.settings == GlobalSettings(fixedDelay: 5, delayDistribution: .fixed(milliseconds: 3)))
    }

    @Test func refusesBadSettingsNamingTheFieldAndKeepsTheOldOnes() {
        let refused = admin("POST", #"{"fixedDelay": -3}"#)
        #expect(refused.status == 422)
        #expect(refused.json["errors"]?[0]?["source"]?["pointer"] == "/fixedDelay")
        #expect(refused.json["errors"]?[0]?["detail"] == "must be an integer of at least 0, found -3")
        #expect(admin("POST", "{not json").status == 422)
        #expect(stubs.settings == GlobalSettings(fixedDelay: 5))
    }
}
