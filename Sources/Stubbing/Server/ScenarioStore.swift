import Synchronization

/// The current state of every scenario (WireMock's stateful behaviour). Unknown scenarios
/// are in the state `Started`.
public final class ScenarioStore: Sendable {
    /// The state every scenario starts in.
    public static let initialState = "Started"
    private let states = Mutex<[String: String]>([:])

    /// Creates an empty store.
    public init() {}

    /// The current state of `scenario`.
    public func state(of scenario: String) -> String {
        states.withLock { $0[scenario] ?? Self.initialState }
    }

    /// Moves `scenario` to `state`.
    public func setState(_ state: String, of scenario: String) {
        states.withLock { $0[scenario] = state }
    }

    /// Moves `scenario` from `required` (when given) to `next`, atomically; returns whether it moved.
    @discardableResult
    public func transition(_ scenario: String, from required: String?, to next: String) -> Bool {
        states.withLock { states in
            if let required, (states[scenario] ?? Self.initialState) != required { return false }
            states[scenario] = next
            return true
        }
    }

    /// Every scenario back to `Started`.
    public func reset() {
        states.withLock { $0.removeAll() }
    }

    /// A snapshot of the states set so far.
    public var snapshot: [String: String] { states.withLock { $0 } }
}
