import Synchronization
import Testing

@testable import LoketConnector

@Suite struct LoketRequestLimiterTests {
    /// Counts the bodies running and holds each until the test lets it go.
    private final class Probe: Sendable {
        private struct State {
            var running = 0
            var mostRunning = 0
            var gates: [CheckedContinuation<Void, Never>] = []
            var finished = 0
        }

        private let state = Mutex(State())
        let entered: AsyncStream<Void>
        private let signal: AsyncStream<Void>.Continuation

        init() {
            (entered, signal) = AsyncStream<Void>.makeStream()
        }

        var mostRunning: Int { state.withLock { $0.mostRunning } }
        var finished: Int { state.withLock { $0.finished } }

        func finish() { state.withLock { $0.finished += 1 } }

        func body() async {
            await withCheckedContinuation { (gate: CheckedContinuation<Void, Never>) in
                state.withLock { state in
                    state.running += 1
                    state.mostRunning = max(state.mostRunning, state.running)
                    state.gates.append(gate)
                }
                signal.yield()
            }
        }

        func releaseOne() {
            let gate = state.withLock { state -> CheckedContinuation<Void, Never>? in
                guard !state.gates.isEmpty else { return nil }
                state.running -= 1
                return state.gates.removeFirst()
            }
            gate?.resume()
        }
    }

    @Test func runsAtMostTheLimitAtOnceAndEveryBodyInTheEnd() async throws {
        let limiter = LoketRequestLimiter(limit: 2)
        let probe = Probe()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<5 {
                group.addTask {
                    try await limiter.withSlot { await probe.body() }
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
    }

    @Test func aLimitBelowOneAllowsOne() async throws {
        let limiter = LoketRequestLimiter(limit: 0)
        #expect(try await limiter.withSlot { 42 } == 42)
    }

    @Test func aCancelledWaiterDoesNotRun() async {
        let limiter = LoketRequestLimiter(limit: 1)
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await limiter.withSlot { "ran" }
        }
        await #expect(throws: CancellationError.self) { try await task.value }
    }
}
