import Synchronization

/// Bounds how many API requests of one import are in flight at once: a counting semaphore
/// whose waiters are served first come, first served, and which tells each holder which of the
/// `limit` slots it holds (so requests in flight can be spread over URL sessions).
final class LoketRequestLimiter: Sendable {
    private struct State {
        var free: [Int]
        var waiters: [CheckedContinuation<Int, Never>] = []
    }

    private let state: Mutex<State>

    /// Creates a limiter allowing `limit` (at least 1) requests at once.
    init(limit: Int) {
        state = Mutex(State(free: Array((0..<max(1, limit)).reversed())))
    }

    /// Runs `body` with the number of a free slot (0 to `limit - 1`) once one is free, holding the
    /// slot until it returns. Throws `CancellationError` without running `body` when the task was
    /// cancelled while waiting.
    func withSlot<T: Sendable>(_ body: (_ slot: Int) async throws -> T) async throws -> T {
        let slot = await acquire()
        defer { release(slot) }
        try Task.checkCancellation()
        return try await body(slot)
    }

    private func acquire() async -> Int {
        await withCheckedContinuation { (continuation: CheckedContinuation<Int, Never>) in
            let slot = state.withLock { state -> Int? in
                guard let slot = state.free.popLast() else {
                    state.waiters.append(continuation)
                    return nil
                }
                return slot
            }
            if let slot { continuation.resume(returning: slot) }
        }
    }

    private func release(_ slot: Int) {
        let next = state.withLock { state -> CheckedContinuation<Int, Never>? in
            guard !state.waiters.isEmpty else {
                state.free.append(slot)
                return nil
            }
            return state.waiters.removeFirst()
        }
        next?.resume(returning: slot)
    }
}
