import Foundation
import Synchronization

/// A clock that only moves when told to: for tests of delays, token expiry and rate limits.
///
/// Scheduled work runs on the thread that calls ``advance(by:)``, in order of due time,
/// once the clock has reached it. A clock made with `advancesWhenScheduled` moves itself
/// forward whenever work is scheduled, so code that waits (a retry after `Retry-After`, a
/// stub delay) finishes at once while time still passes for everything that reads it.
public final class ManualClock: Clock {
    private struct Pending {
        var due: Date
        var sequence: Int
        var work: @Sendable () -> Void
    }

    private struct State {
        var now: Date
        var pending: [Pending] = []
        var sequence = 0
    }

    private let state: Mutex<State>
    private let advancesWhenScheduled: Bool

    /// Creates a clock standing at `start` (by default 2026-01-01T00:00:00Z); with
    /// `advancesWhenScheduled`, scheduling work moves the clock to when it is due.
    public init(start: Date = Date(timeIntervalSince1970: 1_767_225_600), advancesWhenScheduled: Bool = false) {
        state = Mutex(State(now: start))
        self.advancesWhenScheduled = advancesWhenScheduled
    }

    public var now: Date { state.withLock { $0.now } }

    /// How many scheduled pieces of work have not run yet.
    public var pendingCount: Int { state.withLock { $0.pending.count } }

    public func schedule(after delay: Duration, _ work: @escaping @Sendable () -> Void) {
        state.withLock { state in
            state.sequence += 1
            state.pending.append(
                Pending(due: state.now.addingTimeInterval(max(0, delay.seconds)), sequence: state.sequence, work: work))
        }
        if advancesWhenScheduled { advance(by: delay) }
    }

    /// Moves the clock forward by `duration`, running every piece of work that falls due on the way.
    public func advance(by duration: Duration) {
        let target = state.withLock { $0.now.addingTimeInterval(duration.seconds) }
        while let work = nextDue(until: target) { work() }
        state.withLock { $0.now = max($0.now, target) }
    }

    private func nextDue(until target: Date) -> (@Sendable () -> Void)? {
        state.withLock { state in
            guard let position = state.pending.indices
                .filter({ state.pending[$0].due <= target })
                .min(by: { (state.pending[$0].due, state.pending[$0].sequence) < (state.pending[$1].due, state.pending[$1].sequence) })
            else { return nil }
            let next = state.pending.remove(at: position)
            state.now = max(state.now, next.due)
            return next.work
        }
    }
}
