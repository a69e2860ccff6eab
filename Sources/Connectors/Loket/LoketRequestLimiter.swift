import Synchronization

/// Bounds how many API requests of one import are in flight at once: a counting semaphore
/// whose waiters are served first come, first served.
final class LoketRequestLimiter: Sendable {
    private struct State {
        var available: Int
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state: Mutex<State>

    /// Creates a limiter allowing `limit` (at least 1) requests at once.
    init(limit: Int) {
        state = Mutex(State(available: max(1, limit)))
    }

    /// Runs `body` once a slot is free, holding the slot until it returns. Throws
    /// `CancellationError` without running `body` when the task was cancelled while waiting.
    func withSlot<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        await acquire()
        defer { release() }
        try Task.checkCancellation()
        return try await body()
    }

    private func acquire() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let granted = state.withLock { state in
                guard state.available > 0 else {
                    state.waiters.append(continuation)
                    return false
                }
                state.available -= 1
                return true
            }
            if granted { continuation.resume() }
        }
    }

    private func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard !state.waiters.isEmpty else {
                state.available += 1
                return nil
            }
            return state.waiters.removeFirst()
        }
        next?.resume()
    }
}
