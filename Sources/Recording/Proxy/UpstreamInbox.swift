import CCurl
import Synchronization

/// What the upstream client hands its driver thread: requests waiting to start, and whether the
/// client closed. Every change wakes the driver with `curl_multi_wakeup` (the one libcurl call
/// allowed from any thread), under the lock, so it never reaches a multi handle the driver has
/// already cleaned up.
final class UpstreamInbox: Sendable {
    /// A request and the completion waiting for its answer.
    struct Delivery: Sendable {
        var request: UpstreamRequest
        var completion: @Sendable (Result<UpstreamAnswer, UpstreamFailure>) -> Void
    }

    /// The driver's multi handle, kept only to wake the driver: `curl_multi_wakeup` is the one
    /// libcurl call allowed from any thread.
    private struct Wakeup: @unchecked Sendable {
        let multi: UnsafeMutableRawPointer

        func wake() { curl_multi_wakeup(multi) }
    }

    private struct State {
        var driver: Wakeup
        var waiting: [Delivery] = []
        var isClosed = false
    }

    private let state: Mutex<State>

    /// An inbox that wakes the driver polling `multi`.
    init(multi: UnsafeMutableRawPointer) {
        state = Mutex(State(driver: Wakeup(multi: multi)))
    }

    /// Queues `delivery` for the driver; `false` when the client is closed.
    func post(_ delivery: Delivery) -> Bool {
        state.withLock { state in
            guard !state.isClosed else { return false }
            state.waiting.append(delivery)
            state.driver.wake()
            return true
        }
    }

    /// Marks the client closed; `true` the first time.
    func close() -> Bool {
        state.withLock { state in
            guard !state.isClosed else { return false }
            state.isClosed = true
            state.driver.wake()
            return true
        }
    }

    /// For the driver: the deliveries waiting (now taken), and whether the client is closed.
    func take() -> (deliveries: [Delivery], isClosed: Bool) {
        state.withLock { state in
            defer { state.waiting.removeAll() }
            return (state.waiting, state.isClosed)
        }
    }
}
