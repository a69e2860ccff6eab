import Synchronization
import Testing

@testable import LoketConnector

@Suite struct LoketRequestLimiterTests {
    /// Counts the bodies running and holds each until the test lets it go.
    private final class Probe: Sendable {
        private struct State {
            var running = 0
            var mostRunning = 0
            var gates: [(gate: CheckedContinuation<Void, Never>, slot: Int)] = []
            var finished = 0
            var slotsHeld: Set<Int> = []
            var slotsSeen: Set<Int> = []
            var sharedSlot = false
        }

        private let state = Mutex(State())
        let entered: AsyncStream<Void>
        private let signal: AsyncStream<Void>.Continuation

        init() {
            (entered, signal) = AsyncStream<Void>.makeStream()
        }

        var mostRunning: Int { state.withLock { $0.mostRunning } }
        var finished: Int { state.withLock { $0.finished } }
        var slotsSeen: Set<Int> { state.withLock { $0.slotsSeen } }
        var sharedSlot: Bool { state.withLock { $0.sharedSlot } }

        func finish() { state.withLock { $0.finished += 1 } }

        func body(slot: Int) async {
            await withCheckedContinuation { (gate: CheckedContinuation<Void, Never>) in
                state.withLock { state in
                    state.sharedSlot = state.sharedSlot || !state.slotsHeld.insert(slot).inserted
                    state.slotsSeen.insert(slot)
                    state.running += 1
                    state.mostRunning = max(state.mostRunning, state.running)
                    state.gates.append((gate, slot))
                }
                signal.yield()
            }
        }

        func releaseOne() {
            let gate = state.withLock { state -> CheckedContinuation<Void, Never>? in
                guard !state.gates.isEmpty else { return nil }
                state.running -= 1
                let (gate, slot) = state.gates.removeFirst()
                state.slotsHeld.remove(slot)
                return gate
            }
            gate?.resume()
        }
    }

    @Test func runsAtMostTheLimitAtOnceInDistinctSlotsAndEveryBodyInTheEnd() async throws {
        let limiter = LoketRequestLimiter(limit: 2)
        let probe = Probe()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<5 {
                group.addTask {
                    try await limiter.withSlot { slot in await probe.body(slot: slot) }
                    probe.finish()
                }
            }
            var entries = probe.entered.makeAsyncIterator()
            for _ in 0..<5 {
                _ = await entries.next()
                probe.releaseOne()
            }
            try await group.waitForAll()
        }
        #expect(probe.finished == 5)
        #expect(probe.mostRunning <= 2)
        #expect(probe.slotsSeen == [0, 1], "the holders get slots 0 and 1")
        #expect(!probe.sharedSlot, "no slot is held twice at once")
    }

    @Test func aLimitBelowOneAllowsOne() async throws {
        let limiter = LoketRequestLimiter(limit: 0)
        #expect(try await limiter.withSlot { slot in slot + 42 } == 42)
    }

    @Test func aCancelledWaiterDoesNotRun() async {
        let limiter = LoketRequestLimiter(limit: 1)
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await limiter.withSlot { _ in "ran" }
        }
        await #expect(throws: CancellationError.self) { try await task.value }
    }
}
