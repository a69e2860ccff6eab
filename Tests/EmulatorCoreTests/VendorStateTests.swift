import EmulatorCore
import Testing

@Suite struct VendorStateTests {
    private struct Counter: Sendable {
        var value = 0
    }

    private struct Refusal: Error {}

    @Test func serialisesConcurrentChanges() async {
        let state = VendorState(Counter())
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<100 { group.addTask { state.withState { $0.value += 1 } } }
        }
        #expect(state.withState { $0.value } == 100)
    }

    @Test func passesResultsAndTypedErrorsThrough() {
        let state = VendorState(Counter(value: 7))
        #expect(state.withState { counter in counter.value * 2 } == 14)
        #expect(throws: Refusal.self) {
            try state.withState { (_: inout Counter) throws(Refusal) -> Int in throw Refusal() }
        }
    }
}
