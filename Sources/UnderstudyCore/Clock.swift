import Foundation

/// The time source of a server or emulator: what time it is, and a way to run work later.
///
/// Servers take a clock instead of reading the system time or sleeping, so tests drive time
/// with a ``ManualClock`` and never wait.
public protocol Clock: Sendable {
    /// The current wall-clock time.
    var now: Date { get }

    /// Runs `work` once `delay` has passed on this clock. Never blocks the caller.
    func schedule(after delay: Duration, _ work: @escaping @Sendable () -> Void)
}

extension Duration {
    /// The duration in seconds as a `Double`.
    public var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
