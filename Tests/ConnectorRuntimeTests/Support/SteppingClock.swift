import Foundation
import Synchronization
import UnderstudyCore

/// A manual clock that reports every wait scheduled on it, so a test can advance time exactly
/// when code under test starts waiting: no real time passes.
final class SteppingClock: Clock {
    private let manual = ManualClock()
    private let continuation: AsyncStream<Duration>.Continuation
    /// The delays scheduled, in order, as they are scheduled.
    let scheduled: AsyncStream<Duration>

    init() {
        (scheduled, continuation) = AsyncStream<Duration>.makeStream()
    }

    var now: Date { manual.now }

    func schedule(after delay: Duration, _ work: @escaping @Sendable () -> Void) {
        manual.schedule(after: delay, work)
        continuation.yield(delay)
    }

    func advance(by duration: Duration) {
        manual.advance(by: duration)
    }

    /// Runs `operation`, advancing the clock through every wait it schedules until it ends;
    /// returns its outcome and the waits in order.
    func drive<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async -> (
        result: Result<T, any Error>, waits: [Duration]
    ) {
        let continuation = continuation
        let task = Task {
            defer { continuation.finish() }
            return try await operation()
        }
        var waits: [Duration] = []
        for await delay in scheduled {
            waits.append(delay)
            manual.advance(by: delay)
        }
        return (await task.result, waits)
    }
}
