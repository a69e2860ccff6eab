import Testing
@testable import Stubbing

@Suite struct ScenarioStoreTests {
    @Test func startsEveryScenarioInStarted() {
        #expect(ScenarioStore().state(of: "anything") == "Started")
    }

    @Test func transitionsOnlyFromTheRequiredState() {
        let store = ScenarioStore()
        #expect(store.transition("login", from: "Started", to: "expired"))
        #expect(!store.transition("login", from: "Started", to: "other"))
        #expect(store.state(of: "login") == "expired")
        #expect(store.transition("login", from: nil, to: "again"))
        #expect(store.state(of: "login") == "again")
    }

    @Test func resetsToStarted() {
        let store = ScenarioStore()
        store.setState("x", of: "s")
        store.reset()
        #expect(store.state(of: "s") == "Started")
        #expect(store.snapshot.isEmpty)
    }
}
