import Synchronization

/// The mutable state of one vendor emulator behind its single lock.
///
/// Every request runs its whole read-modify-answer step inside ``withState(_:)``, so requests
/// to one vendor are serialised and never see each other half-way.
public final class VendorState<State: Sendable>: Sendable {
    private let storage: Mutex<State>

    /// Creates the store holding `initial`.
    public init(_ initial: State) {
        storage = Mutex(initial)
    }

    /// Runs `body` with exclusive access to the state and returns its result.
    public func withState<Result: Sendable, Failure: Error>(
        _ body: (inout State) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try storage.withLock { (state: inout State) throws(Failure) -> Result in try body(&state) }
    }
}
