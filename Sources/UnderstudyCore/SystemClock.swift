import Dispatch
import Foundation

/// The real clock: system time, and work scheduled on a global dispatch queue.
public struct SystemClock: Clock {
    /// Creates the system clock.
    public init() {}

    public var now: Date { Date() }

    public func schedule(after delay: Duration, _ work: @escaping @Sendable () -> Void) {
        guard delay > .zero else {
            DispatchQueue.global().async(execute: work)
            return
        }
        let nanoseconds = Int(min(delay.seconds * 1e9, Double(Int.max / 2)))
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds), execute: work)
    }
}
